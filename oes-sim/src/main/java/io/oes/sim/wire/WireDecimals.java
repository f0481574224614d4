package io.oes.sim.wire;

import java.math.BigDecimal;

/** Decimals as Binance writes them: plain strings, never exponent notation. */
public final class WireDecimals {
  private WireDecimals() {}

  /** {@code value} with at least {@code minScale} decimals and no superfluous trailing zeros. */
  public static String atLeast(BigDecimal value, int minScale) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < minScale ? stripped.setScale(minScale) : stripped).toPlainString();
  }

  /** {@code value} without trailing zeros: "0" rather than "0.000". */
  public static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
