package io.oes.sim.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The bytes a signature covers: the raw query string immediately followed by the raw body, with
 * the {@code signature=...} pair itself taken out of whichever part carried it. Nothing else is
 * touched: no decoding, no reordering, so the check sees exactly what the client signed.
 */
final class SignedPayload {
  private static final String SIGNATURE_PREFIX = "signature=";

  private SignedPayload() {}

  /**
   * @param rawQuery the query string as received, percent-encoding intact; may be empty
   * @param rawBody the body as received, each byte one ISO-8859-1 char; may be empty
   */
  static byte[] of(String rawQuery, String rawBody) {
    String payload = withoutSignature(rawQuery) + withoutSignature(rawBody);
    return payload.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String withoutSignature(String raw) {
    if (raw.isEmpty() || !raw.contains(SIGNATURE_PREFIX)) {
      return raw;
    }
    return Arrays.stream(raw.split("&", -1))
        .filter(pair -> !pair.startsWith(SIGNATURE_PREFIX))
        .collect(Collectors.joining("&"));
  }
}
