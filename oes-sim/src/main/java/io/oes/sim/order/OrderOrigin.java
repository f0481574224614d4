package io.oes.sim.order;

import java.math.BigDecimal;

/**
 * Where an order came from: placed directly, or released by a conditional (algo) order when its
 * trigger price was reached. Binance shows the conditional type as {@code origType}, the trigger
 * as {@code stopPrice}.
 *
 * @param origType the type the client asked for (STOP, TAKE_PROFIT_MARKET, ... or the type itself)
 * @param stopPrice the trigger price, zero for a direct order
 * @param workingType MARK_PRICE or CONTRACT_PRICE, the price the trigger watched
 * @param closePosition whether the order closes the whole position
 */
public record OrderOrigin(OrderType origType, BigDecimal stopPrice, String workingType,
    boolean closePosition) {

  /** The origin of an order placed through {@code /fapi/v1/order}. */
  public static OrderOrigin direct(OrderType type) {
    return new OrderOrigin(type, BigDecimal.ZERO, "CONTRACT_PRICE", false);
  }
}
