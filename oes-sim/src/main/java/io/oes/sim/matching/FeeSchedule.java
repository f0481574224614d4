package io.oes.sim.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Trading fees as fractions of the filled notional, charged in the quote asset.
 *
 * @param makerRate the fee of a fill that rested on the book (0.0002 on Binance's base tier)
 * @param takerRate the fee of a fill that took liquidity (0.0005 on Binance's base tier)
 */
public record FeeSchedule(BigDecimal makerRate, BigDecimal takerRate) {
  /** Commissions are kept to 8 decimals, as Binance reports them. */
  private static final int COMMISSION_SCALE = 8;

  /** Binance USD-M base tier: maker 0.02 %, taker 0.05 %. */
  public static FeeSchedule binanceBaseTier() {
    return new FeeSchedule(new BigDecimal("0.0002"), new BigDecimal("0.0005"));
  }

  /** The commission on a fill of {@code notional} quote asset. */
  public BigDecimal commission(BigDecimal notional, boolean maker) {
    BigDecimal rate = maker ? makerRate : takerRate;
    return notional.multiply(rate).setScale(COMMISSION_SCALE, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }
}
