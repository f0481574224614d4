package io.oes.cli.crash;

import io.oes.api.Order;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Exactly one exchange order per intent, and no acknowledged order lost. The link between an
 * intent and its exchange order is what the gateway says (the order it finds by the intent's
 * user and client id, and that order's {@code exchange_order_id}), never the format of the
 * client id the gateway sends the exchange.
 *
 * <p>Every exchange order on the suite's fresh account was placed for some intent with the same
 * terms, so an exchange order no intent links to is a violation ({@code unattributed}: a
 * duplicate, or the order of an intent the gateway lost), and where the exchange holds more
 * orders of some terms (symbol, side, type, quantity) than there were intents of those terms,
 * the surplus are certainly {@code duplicates}.
 */
final class OrderChecks {
  private final GatewayBook gateway;
  private final ExchangeBook exchange;
  private final Totals totals;
  private final Map<String, ExchangeOrder> exchangeByKey = new HashMap<>();
  private final Map<String, Intent> linked = new HashMap<>();

  OrderChecks(GatewayBook gateway, ExchangeBook exchange, Totals totals) {
    this.gateway = gateway;
    this.exchange = exchange;
    this.totals = totals;
    exchange.orders().forEach(order -> exchangeByKey.put(order.key(), order));
  }

  void check(List<Intent> intents) {
    intents.forEach(this::checkIntent);
    Map<String, Long> byClientId = exchange.orders().stream()
        .collect(Collectors.groupingBy(ExchangeOrder::clientOrderId, Collectors.counting()));
    for (ExchangeOrder order : exchange.orders()) {
      if (!linked.containsKey(order.key())) {
        totals.violation("unattributed", order + " belongs to no intent"
            + (byClientId.get(order.clientOrderId()) > 1 ? " (its client id is used twice)" : "")
            + "; the gateway has it as " + describe(gateway.naming(order)));
      }
    }
    countSurplus(intents);
    totals.figure("exchange_orders", exchange.orders().size());
    totals.figure("same_client_id", byClientId.values().stream().filter(n -> n > 1)
        .mapToLong(n -> n - 1).sum());
  }

  /** More exchange orders of some terms than intents of those terms: the surplus are extra. */
  private void countSurplus(List<Intent> intents) {
    Map<String, Long> wanted = intents.stream().collect(Collectors.groupingBy(
        i -> terms(i.symbol, i.side.name(), i.market ? "MARKET" : "LIMIT", plain(i.quantity)),
        Collectors.counting()));
    Map<String, Long> placed = exchange.orders().stream().collect(Collectors.groupingBy(
        o -> terms(o.symbol(), o.side(), o.type(), plain(o.origQty())),
        Collectors.counting()));
    placed.forEach((terms, count) -> {
      long surplus = count - wanted.getOrDefault(terms, 0L);
      for (long n = 0; n < surplus; n++) {
        totals.violation("duplicates", terms + ": " + count + " exchange orders for "
            + wanted.getOrDefault(terms, 0L) + " intents");
      }
    });
  }

  private void checkIntent(Intent intent) {
    Optional<Order> found = gateway.byIntent().get(intent);
    String acknowledged = intent.acknowledgedOrderId();
    if (!intent.answer().answered()) {
      totals.violation("unanswered", intent.toString());
    }
    if (acknowledged != null && !found.map(o -> o.getOrderId().equals(acknowledged))
        .orElse(false)) {
      totals.violation("lost_orders", intent + ": by its user and client id the gateway finds "
          + found.map(GatewayBook::describe).orElse("nothing") + "; order " + acknowledged
          + " is now " + describe(gateway.orders().stream()
              .filter(o -> o.getOrderId().equals(acknowledged)).toList()));
    }
    found.ifPresent(order -> link(intent, order));
  }

  private void link(Intent intent, Order order) {
    ExchangeOrder onExchange = exchangeOrder(order);
    boolean rejected = order.getState().name().equals("REJECTED");
    if (onExchange == null) {
      if (!rejected) {
        totals.violation("missing_exchange_orders", intent + ": " + GatewayBook.describe(order)
            + " has no order on the exchange");
      }
      return;
    }
    Intent other = linked.putIfAbsent(onExchange.key(), intent);
    if (other != null) {
      totals.violation("lost_orders", intent + " and " + other + " both name " + onExchange);
    }
    if (rejected) {
      totals.violation("rejected_with_order", intent + ": " + GatewayBook.describe(order)
          + " but the exchange has " + onExchange);
    }
  }

  private ExchangeOrder exchangeOrder(Order order) {
    String id = order.getExchangeOrderId();
    return id.isEmpty() ? null
        : exchangeByKey.get(ExchangeOrder.key(order.getSymbol(), Long.parseLong(id)));
  }

  private static String terms(String symbol, String side, String type, String quantity) {
    return symbol + " " + side + " " + type + " " + quantity;
  }

  private static String plain(BigDecimal quantity) {
    return quantity.stripTrailingZeros().toPlainString();
  }

  private static String describe(List<Order> orders) {
    return orders.isEmpty() ? "nothing" : orders.stream().map(GatewayBook::describe)
        .collect(Collectors.joining("; "));
  }
}
