package io.oes.core.order;

import java.security.SecureRandom;
import java.time.InstantSource;

/**
 * Makes order ids: 26 characters of Crockford base32, a 48-bit millisecond time then 80 random
 * bits (the ULID layout). Ids sort by creation time, are unique across instances without
 * coordination, and leave room for oes's prefix within the exchange's 36-character limit for
 * client order ids.
 */
public final class OrderIds {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int LENGTH = 26;

  private final InstantSource clock;
  private final SecureRandom random = new SecureRandom();

  public OrderIds(InstantSource clock) {
    this.clock = clock;
  }

  /** A fresh id. Thread-safe. */
  public String next() {
    long millis = clock.millis();
    byte[] noise = new byte[10];
    random.nextBytes(noise);
    char[] out = new char[LENGTH];
    for (int i = 9; i >= 0; i--) {
      out[i] = ALPHABET[(int) (millis & 31)];
      millis >>>= 5;
    }
    long high = 0;
    long low = 0;
    for (int i = 0; i < 5; i++) {
      high = (high << 8) | (noise[i] & 0xff);
      low = (low << 8) | (noise[i + 5] & 0xff);
    }
    for (int i = 25; i >= 18; i--) {
      out[i] = ALPHABET[(int) (low & 31)];
      low >>>= 5;
    }
    for (int i = 17; i >= 10; i--) {
      out[i] = ALPHABET[(int) (high & 31)];
      high >>>= 5;
    }
    return new String(out);
  }
}
