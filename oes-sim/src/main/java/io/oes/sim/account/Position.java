package io.oes.sim.account;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One position: signed amount and average entry price. A one-way (BOTH) position may flip sign; a
 * hedge-mode LONG or SHORT one never does, because the orders closing it fill no more than it
 * holds. Not thread-safe; owned by its {@link Account}.
 */
final class Position {
  private static final MathContext ENTRY_PRICE_CONTEXT = MathContext.DECIMAL64;

  private BigDecimal amount = BigDecimal.ZERO;
  private BigDecimal entryPrice = BigDecimal.ZERO;
  private BigDecimal accumulatedRealized = BigDecimal.ZERO;
  private long updateTimeMillis;

  /**
   * Applies a fill of signed quantity {@code signedQty} at {@code price} and returns the PnL it
   * realises: a fill against the position closes at most the open amount at the entry price, any
   * excess opens the opposite position at the fill price.
   */
  BigDecimal apply(BigDecimal signedQty, BigDecimal price, long timeMillis) {
    updateTimeMillis = timeMillis;
    if (amount.signum() == 0 || amount.signum() == signedQty.signum()) {
      BigDecimal newAmount = amount.add(signedQty);
      entryPrice = amount.abs().multiply(entryPrice).add(signedQty.abs().multiply(price))
          .divide(newAmount.abs(), ENTRY_PRICE_CONTEXT);
      amount = newAmount;
      return BigDecimal.ZERO;
    }
    BigDecimal closed = amount.abs().min(signedQty.abs());
    BigDecimal realized =
        price.subtract(entryPrice).multiply(closed).multiply(BigDecimal.valueOf(amount.signum()));
    accumulatedRealized = accumulatedRealized.add(realized);
    amount = amount.add(signedQty);
    if (amount.signum() == 0) {
      entryPrice = BigDecimal.ZERO;
    } else if (amount.signum() == signedQty.signum()) {
      entryPrice = price;
    }
    return realized;
  }

  boolean isOpen() {
    return amount.signum() != 0;
  }

  PositionSnapshot snapshot(PositionKey key) {
    return new PositionSnapshot(key.symbol(), key.positionSide(), amount, entryPrice,
        accumulatedRealized, updateTimeMillis);
  }
}
