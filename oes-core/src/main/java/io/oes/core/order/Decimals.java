package io.oes.core.order;

import java.math.BigDecimal;

/**
 * The one place where wire doubles become exact decimals and back.
 *
 * <p>A double becomes the shortest decimal that reads back as the same double (what {@link
 * BigDecimal#valueOf(double)} does), so a client's {@code 0.1} is exactly {@code 0.1}, not the
 * binary value nearest to it.
 */
public final class Decimals {
  private Decimals() {}

  /** The exact decimal a client meant by {@code value}; zero for 0.0 and -0.0. */
  public static BigDecimal fromWire(double value) {
    if (value == 0.0d) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(value).stripTrailingZeros();
  }

  /** {@code value} as a wire double; zero for null. */
  public static double toWire(BigDecimal value) {
    return value == null ? 0.0d : value.doubleValue();
  }

  /** A plain decimal string without exponent, as exchanges want it; empty for null. */
  public static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  /** Whether the double can stand for a decimal at all (not NaN nor infinite). */
  public static boolean isFinite(double value) {
    return !Double.isNaN(value) && !Double.isInfinite(value);
  }
}
