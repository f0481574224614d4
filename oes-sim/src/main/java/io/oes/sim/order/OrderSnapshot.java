package io.oes.sim.order;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An immutable copy of an order at one moment, taken by the thread that owns the order and safe
 * to hand to any other thread.
 *
 * @param price the limit price, zero for MARKET
 * @param origQty the order quantity (changed by a modify)
 * @param cumQuote the filled notional in quote asset (sum of price × quantity over the fills)
 * @param origin the type asked for and the trigger, for orders released by a conditional order
 * @param expiryReason why the order expired, NONE while it has not
 * @param timeMillis when the order was accepted, epoch milliseconds
 * @param updateTimeMillis the last change of the order, epoch milliseconds
 * @param positionSide BOTH, or LONG / SHORT in hedge mode
 */
public record OrderSnapshot(
    String symbol,
    long orderId,
    String clientOrderId,
    Side side,
    OrderType type,
    TimeInForce timeInForce,
    OrderStatus status,
    BigDecimal price,
    BigDecimal origQty,
    BigDecimal executedQty,
    BigDecimal cumQuote,
    boolean reduceOnly,
    boolean priceProtect,
    String selfTradePreventionMode,
    long goodTillDateMillis,
    OrderOrigin origin,
    ExpiryReason expiryReason,
    long timeMillis,
    long updateTimeMillis,
    PositionSide positionSide) {

  /** The volume-weighted average fill price, zero before the first fill. */
  public BigDecimal avgPrice() {
    if (executedQty.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return cumQuote.divide(executedQty, cumQuote.scale() + 8, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
  }

  /** The quantity still to fill. */
  public BigDecimal remainingQty() {
    return origQty.subtract(executedQty);
  }
}
