package io.oes.server.security;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds the API key in a request's headers: {@code authorization: Bearer <key>} or {@code
 * x-api-key: <key>}. The same rule for gRPC metadata and HTTP headers.
 */
public final class PresentedKey {

  /** gRPC metadata / HTTP header carrying {@code Bearer <key>}. */
  public static final String AUTHORIZATION = "authorization";
  /** gRPC metadata / HTTP header carrying the bare key. */
  public static final String X_API_KEY = "x-api-key";
  private static final String BEARER = "bearer ";

  private PresentedKey() {}

  /**
   * The key, from either header ({@code authorization} first); empty when neither holds one. An
   * {@code authorization} header of another scheme (e.g. Basic) counts as no key.
   */
  public static Optional<String> from(String authorization, String xApiKey) {
    if (authorization != null
        && authorization.length() > BEARER.length()
        && authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
      return nonBlank(authorization.substring(BEARER.length()));
    }
    return xApiKey == null ? Optional.empty() : nonBlank(xApiKey);
  }

  private static Optional<String> nonBlank(String key) {
    String trimmed = key.strip();
    return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
  }
}
