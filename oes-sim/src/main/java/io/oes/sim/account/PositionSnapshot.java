package io.oes.sim.account;

import java.math.BigDecimal;

/**
 * A position at one moment.
 *
 * @param positionAmt signed: positive long, negative short, in base asset
 * @param entryPrice average entry price, zero when flat
 * @param accumulatedRealized the PnL realised on the symbol since the account opened
 */
public record PositionSnapshot(String symbol, BigDecimal positionAmt, BigDecimal entryPrice,
    BigDecimal accumulatedRealized, long updateTimeMillis) {

  /** The profit or loss of the position if closed at {@code markPrice}. */
  public BigDecimal unrealizedProfit(BigDecimal markPrice) {
    return positionAmt.signum() == 0 ? BigDecimal.ZERO
        : markPrice.subtract(entryPrice).multiply(positionAmt);
  }
}
