package io.oes.server.http;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which browser origins may call the API. {@code *} allows any origin (answered with {@code *});
 * otherwise an allowed origin is echoed back, and any other gets no CORS headers at all, so the
 * browser refuses to hand the response to its page.
 */
final class CorsPolicy {

  static final String ALLOWED_METHODS = "GET, OPTIONS";
  static final String ALLOWED_HEADERS = "Content-Type, Authorization";
  static final String MAX_AGE_SECONDS = "600";

  private final boolean anyOrigin;
  private final Set<String> origins;

  CorsPolicy(List<String> allowedOrigins) {
    this.anyOrigin = allowedOrigins.contains("*");
    this.origins = Set.copyOf(allowedOrigins);
  }

  /** The {@code Access-Control-Allow-Origin} value for a request from {@code origin}, if any. */
  Optional<String> allowOrigin(String origin) {
    if (origin == null || origin.isEmpty()) {
      return Optional.empty();
    }
    if (anyOrigin) {
      return Optional.of("*");
    }
    return origins.contains(origin) ? Optional.of(origin) : Optional.empty();
  }

  /** Whether the answer depends on the request's origin, so caches must key on it. */
  boolean variesByOrigin() {
    return !anyOrigin;
  }
}
