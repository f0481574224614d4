package io.oes.sim.account;

import io.oes.sim.order.PositionSide;
import java.math.BigDecimal;

/**
 * A position at one moment.
 *
 * @param positionSide BOTH in one-way mode, LONG or SHORT in hedge mode
 * @param positionAmt signed: positive long, negative short, in base asset
 * @param entryPrice average entry price, zero when flat
 * @param accumulatedRealized the PnL realised on the symbol since the account opened
 */
public record PositionSnapshot(String symbol, PositionSide positionSide, BigDecimal positionAmt,
    BigDecimal entryPrice, BigDecimal accumulatedRealized, long updateTimeMillis) {

  /** A position never opened. */
  public static PositionSnapshot flat(String symbol, PositionSide positionSide) {
    return new PositionSnapshot(symbol, positionSide, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, 0);
  }

  /** The profit or loss of the position if closed at {@code markPrice}. */
  public BigDecimal unrealizedProfit(BigDecimal markPrice) {
    return positionAmt.signum() == 0 ? BigDecimal.ZERO
        : markPrice.subtract(entryPrice).multiply(positionAmt);
  }
}
