package io.oes.binance.rest;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Request parameters in the order they were added, already URL-encoded, because the signature
 * covers exactly these bytes. Decimals are written as plain strings: Binance refuses exponent
 * notation and needless trailing zeros can exceed a symbol's precision ({@code -1111}).
 *
 * <p>Not thread-safe; build one per request.
 */
public final class RequestParams {
  private final StringBuilder encoded = new StringBuilder(160);

  /** Adds {@code name=value}; a null value adds nothing. */
  public RequestParams add(String name, String value) {
    if (value == null) {
      return this;
    }
    if (!encoded.isEmpty()) {
      encoded.append('&');
    }
    encoded.append(name).append('=').append(encode(value));
    return this;
  }

  /** {@code value} URL-encoded as this class writes every value. */
  public static String encode(String value) {
    // %20 rather than '+' for a space: unambiguous in a query string and a form body alike.
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Adds a decimal as a plain string ({@code 1E+3} becomes {@code 1000}); null adds nothing. */
  public RequestParams add(String name, BigDecimal value) {
    return value == null ? this : add(name, plain(value));
  }

  /** Adds a whole number. */
  public RequestParams add(String name, long value) {
    return add(name, Long.toString(value));
  }

  /** The encoded {@code a=1&b=2} form; empty when no parameter was added. */
  public String encoded() {
    return encoded.toString();
  }

  /** {@code value} without exponent and without trailing zeros. */
  public static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  @Override
  public String toString() {
    return encoded();
  }
}
