package io.oes.binance.signing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs Binance SIGNED requests: lowercase hex HMAC-SHA256, keyed by the account secret, over
 * the query string immediately followed by the body (no separator between them).
 *
 * <p>Thread-safe. Each thread keeps its own initialised {@link Mac}, because every order is
 * signed and creating a Mac per request costs more than the HMAC itself.
 */
public final class BinanceSigner {
  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final ThreadLocal<Mac> macs;

  /** A signer keyed by the secret of {@code credentials}. */
  public BinanceSigner(BinanceCredentials credentials) {
    SecretKeySpec key =
        new SecretKeySpec(credentials.secret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    newMac(key); // fail at construction, not on the first order, if HMAC is unavailable
    this.macs = ThreadLocal.withInitial(() -> newMac(key));
  }

  /** The signature of a request whose parameters all travel in one part (query or body). */
  public String sign(String payload) {
    return sign(payload, "");
  }

  /** The signature over {@code query} followed directly by {@code body}; either may be empty. */
  public String sign(String query, String body) {
    Mac mac = macs.get();
    mac.update(query.getBytes(StandardCharsets.UTF_8));
    mac.update(body.getBytes(StandardCharsets.UTF_8));
    return HEX.formatHex(mac.doFinal());
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "BinanceSigner[HmacSHA256]";
  }
}
