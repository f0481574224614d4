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

  /** The answer to a call with {@link #conflicting} keys; names the headers, never a key. */
  public static final String CONFLICT_MESSAGE = "two different API keys were presented "
      + "(authorization and x-api-key); send one";

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

  /**
   * True when both headers hold a key and the keys differ: such a call would act as one of two
   * callers, picked by a header precedence the client may not know, so it is refused.
   */
  public static boolean conflicting(String authorization, String xApiKey) {
    Optional<String> bearer = from(authorization, null);
    Optional<String> bare = from(null, xApiKey);
    return bearer.isPresent() && bare.isPresent() && !bearer.equals(bare);
  }

  private static Optional<String> nonBlank(String key) {
    String trimmed = key.strip();
    return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
  }
}
