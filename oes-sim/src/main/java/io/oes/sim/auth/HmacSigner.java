package io.oes.sim.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 in lowercase hex, the signature Binance expects in the {@code signature} param. */
public final class HmacSigner {
  private static final String ALGORITHM = "HmacSHA256";

  private HmacSigner() {}

  /** Signs {@code payload} with {@code secretKey} (both taken as their exact bytes). */
  public static String sign(String secretKey, byte[] payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return HexFormat.of().formatHex(mac.doFinal(payload));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
    }
  }

  /** Signs a text payload given as ASCII, as every Binance query string and form body is. */
  public static String sign(String secretKey, String payload) {
    return sign(secretKey, payload.getBytes(StandardCharsets.ISO_8859_1));
  }
}
