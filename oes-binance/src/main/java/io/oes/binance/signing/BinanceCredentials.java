package io.oes.binance.signing;

import java.util.Objects;

/**
 * The API key and secret of one Binance account. The secret never leaves this record except to
 * key the HMAC: {@link #toString()} masks it, and the API key is shown only by its first
 * characters, so logging a configuration cannot leak either.
 *
 * @param apiKey sent in the {@code X-MBX-APIKEY} header of every request
 * @param secret the HMAC-SHA256 key for SIGNED requests
 */
public record BinanceCredentials(String apiKey, String secret) {
  private static final int SHOWN_KEY_CHARS = 4;

  public BinanceCredentials {
    requireText(apiKey, "apiKey");
    requireText(secret, "secret");
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  @Override
  public String toString() {
    String shownKey = apiKey.length() <= SHOWN_KEY_CHARS
        ? "***" : apiKey.substring(0, SHOWN_KEY_CHARS) + "***";
    return "BinanceCredentials[apiKey=" + shownKey + ", secret=***]";
  }
}
