package io.oes.cli.crash;

import io.oes.api.Order;
import io.oes.api.OrderSide;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * No fill lost or counted twice, positions as the exchange's, and each order in the state the
 * exchange has it in: the gateway's orders compared with the exchange's orders and trades.
 */
final class FillChecks {
  /** The gateway state each exchange status must show as once settled. */
  private static final Map<String, String> STATE_OF_STATUS = Map.of("NEW", "SUBMITTED",
      "PARTIALLY_FILLED", "PARTIALLY_FILLED", "FILLED", "FILLED", "CANCELED", "CANCELED",
      "EXPIRED", "EXPIRED", "EXPIRED_IN_MATCH", "EXPIRED");

  private final GatewayBook gateway;
  private final ExchangeBook exchange;
  private final Totals totals;

  FillChecks(GatewayBook gateway, ExchangeBook exchange, Totals totals) {
    this.gateway = gateway;
    this.exchange = exchange;
    this.totals = totals;
  }

  void check() {
    for (ExchangeOrder order : exchange.orders()) {
      ExchangeFills fills = exchange.fillsOf(order);
      List<Order> known = gateway.naming(order);
      if (known.isEmpty() && fills.trades() > 0) {
        totals.violation("lost_fills", order + ": " + fills.trades() + " trade(s) of "
            + fills.quantity().toPlainString() + ", the gateway knows no such order");
      }
      known.forEach(mine -> compare(mine, order, fills));
    }
    for (Order mine : gateway.orders()) {
      if (mine.getExchangeOrderId().isEmpty() && GatewayBook.filled(mine).signum() != 0) {
        totals.violation("lost_fills", GatewayBook.describe(mine)
            + ": filled without an exchange order");
      }
    }
    Workload.SYMBOLS.forEach(this::comparePosition);
  }

  private void compare(Order mine, ExchangeOrder order, ExchangeFills fills) {
    if (GatewayBook.filled(mine).compareTo(fills.quantity()) != 0) {
      totals.violation("lost_fills", GatewayBook.describe(mine) + " but the exchange's trades of "
          + order + " add up to " + fills.quantity().toPlainString());
    }
    if (GatewayBook.fee(mine).compareTo(fills.commission()) != 0) {
      totals.violation("fee_mismatches", GatewayBook.describe(mine) + " fee "
          + GatewayBook.fee(mine).toPlainString() + ", the exchange's commission "
          + fills.commission().toPlainString());
    }
    String expected = STATE_OF_STATUS.getOrDefault(order.status(), order.status());
    boolean priceDiffers = order.open() && order.price().signum() != 0
        && GatewayBook.price(mine).compareTo(order.price()) != 0;
    if (!mine.getState().name().equals(expected) || priceDiffers) {
      totals.violation("state_mismatches", GatewayBook.describe(mine) + " at "
          + GatewayBook.price(mine).toPlainString() + ", the exchange has " + order + " at "
          + order.price().toPlainString());
    }
  }

  private void comparePosition(String symbol) {
    BigDecimal mine = BigDecimal.ZERO;
    for (Order order : gateway.orders()) {
      if (order.getSymbol().equals(symbol)) {
        BigDecimal filled = GatewayBook.filled(order);
        mine = order.getSide() == OrderSide.SELL ? mine.subtract(filled) : mine.add(filled);
      }
    }
    BigDecimal theirs = exchange.positions().getOrDefault(symbol, BigDecimal.ZERO);
    if (mine.compareTo(theirs) != 0) {
      totals.violation("position_mismatches", symbol + ": the gateway's fills net "
          + mine.toPlainString() + ", the exchange's position " + theirs.toPlainString());
    }
  }
}
