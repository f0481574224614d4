package io.oes.cli.output;

import io.oes.api.Order;
import io.oes.api.OrderUpdate;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Orders and order updates as people read them: tables, one-line updates, detail lists. */
public final class OrderFormat {

  private OrderFormat() {}

  /** One row per order, newest first as the server sent them. */
  public static void table(List<Order> orders, PrintWriter out) {
    Table table = new Table("ORDER ID", "CLIENT ORDER ID", "USER", "SYMBOL", "SIDE", "TYPE",
        "STATE", "QUANTITY", "PRICE", "FILLED", "AVG PRICE", "CREATED");
    for (Order order : orders) {
      table.row(order.getOrderId(), order.getClientOrderId(), order.getUserId(),
          order.getSymbol(), order.getSide().name(), order.getType().name(),
          order.getState().name(), decimal(order.getQuantityDecimal(), order.getQuantity()),
          decimal(order.getPriceDecimal(), order.getPrice()),
          decimal(order.getFilledQuantityDecimal(), order.getFilledQuantity()),
          decimal(order.getAveragePriceDecimal(), order.getAveragePrice()),
          time(order.getCreatedAtMs(), order.getCreatedAt()));
    }
    table.print(out);
  }

  /** Every field of one order, one per line. */
  public static void details(Order order, PrintWriter out) {
    Table table = new Table("FIELD", "VALUE");
    table.row("order id", order.getOrderId())
        .row("client order id", order.getClientOrderId())
        .row("exchange order id", order.getExchangeOrderId())
        .row("user", order.getUserId())
        .row("symbol", order.getSymbol())
        .row("side", order.getSide().name())
        .row("type", order.getType().name())
        .row("time in force", order.getTimeInForce().name())
        .row("state", order.getState().name())
        .row("quantity", decimal(order.getQuantityDecimal(), order.getQuantity()))
        .row("price", decimal(order.getPriceDecimal(), order.getPrice()))
        .row("stop price", decimal(order.getStopPriceDecimal(), order.getStopPrice()))
        .row("filled", decimal(order.getFilledQuantityDecimal(), order.getFilledQuantity()))
        .row("average price", decimal(order.getAveragePriceDecimal(), order.getAveragePrice()))
        .row("fee", decimal(order.getFeeDecimal(), order.getFee()) + " " + order.getFeeAsset())
        .row("reduce only", Boolean.toString(order.getReduceOnly()))
        .row("post only", Boolean.toString(order.getPostOnly()))
        .row("created", time(order.getCreatedAtMs(), order.getCreatedAt()))
        .row("updated", time(order.getUpdatedAtMs(), order.getUpdatedAt()))
        .row("reject reason", order.getRejectReason());
    table.print(out);
  }

  /** One streamed update on one line, led by its sequence number. */
  public static String updateLine(OrderUpdate update) {
    Order order = update.getOrder();
    return String.format("#%d %s %-16s %s %s %s %s %s %s @ %s filled %s avg %s",
        update.getSequence(), time(update.getTimestampMs(), update.getTimestamp()),
        update.getUpdateType(), order.getOrderId(), order.getUserId(), order.getSymbol(),
        order.getSide().name(), order.getType().name(),
        decimal(order.getQuantityDecimal(), order.getQuantity()),
        decimal(order.getPriceDecimal(), order.getPrice()),
        decimal(order.getFilledQuantityDecimal(), order.getFilledQuantity()),
        decimal(order.getAveragePriceDecimal(), order.getAveragePrice()));
  }

  /** The exact decimal when the server sent one, else the double read back as its shortest. */
  static String decimal(String exact, double wire) {
    if (!exact.isEmpty()) {
      return exact;
    }
    return BigDecimal.valueOf(wire).stripTrailingZeros().toPlainString();
  }

  // Servers of the b25 generation send only seconds; the *_ms twins are 0 there.
  static String time(long millis, long seconds) {
    if (millis == 0 && seconds == 0) {
      return "-";
    }
    return (millis != 0 ? Instant.ofEpochMilli(millis) : Instant.ofEpochSecond(seconds)).toString();
  }
}
