package io.oes.sim.order;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A new-order request whose parameters have been parsed (but not yet checked against the symbol's
 * filters).
 *
 * @param accountId the account placing the order
 * @param symbol the symbol, known to the simulator
 * @param side buy or sell
 * @param type LIMIT or MARKET
 * @param timeInForce the time in force; GTC for MARKET orders, where it has no meaning
 * @param quantity the quantity in base asset, exactly as sent
 * @param price the limit price exactly as sent; empty for MARKET
 * @param clientOrderId the client order id, empty to have one generated
 * @param reduceOnly whether the order may only reduce a position
 * @param responseType ACK or RESULT
 * @param goodTillDateMillis expiry for GTD orders in epoch milliseconds, 0 otherwise
 * @param selfTradePreventionMode the STP mode as sent (EXPIRE_MAKER by default)
 * @param priceProtect the {@code priceProtect} flag as sent
 * @param positionSide BOTH in one-way mode, LONG or SHORT in hedge mode
 */
public record NewOrder(
    long accountId,
    String symbol,
    Side side,
    OrderType type,
    TimeInForce timeInForce,
    BigDecimal quantity,
    Optional<BigDecimal> price,
    Optional<String> clientOrderId,
    boolean reduceOnly,
    ResponseType responseType,
    long goodTillDateMillis,
    String selfTradePreventionMode,
    boolean priceProtect,
    PositionSide positionSide) {

  /**
   * Whether the order may only reduce a position: sent reduce-only, or closing its side of a
   * hedge-mode position.
   */
  public boolean reducesOnly() {
    return reduceOnly || positionSide.closedBy(side);
  }
}
