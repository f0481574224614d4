package io.oes.cli.crash;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.oes.api.GetOrderRequest;
import io.oes.api.GetOrdersRequest;
import io.oes.api.GetOrdersResponse;
import io.oes.api.Order;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What the gateway says once it has settled: every order it knows (GetOrders over all users,
 * every page) and, for each intent, the order it finds by the intent's user and client id.
 */
record GatewayBook(List<Order> orders, Map<Intent, Optional<Order>> byIntent,
    List<Order> unsettled) {
  private static final Set<String> UNSETTLED = Set.of("NEW", "UNKNOWN", "STATE_UNSPECIFIED");
  private static final long SETTLE_MS = 60_000;
  private static final long RECHECK_MS = 2_500;

  /**
   * Waits until no order is waiting for its outcome and two looks {@link #RECHECK_MS} apart
   * agree (at most {@link #SETTLE_MS}), then reads the book.
   */
  static GatewayBook settle(RetryingClient client, List<Intent> intents) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MS);
    List<Order> previous = all(client);
    while (true) {
      ChildProcesses.pause(RECHECK_MS);
      List<Order> now = all(client);
      List<Order> waiting = now.stream().filter(o -> UNSETTLED.contains(o.getState().name()))
          .toList();
      if ((waiting.isEmpty() && now.equals(previous)) || System.nanoTime() > deadline) {
        Map<Intent, Optional<Order>> byIntent = new HashMap<>();
        intents.forEach(intent -> byIntent.put(intent, byClientId(client, intent)));
        return new GatewayBook(now, Map.copyOf(byIntent), waiting);
      }
      previous = now;
    }
  }

  /** The gateway's orders that name {@code exchangeOrder} (its symbol and id). */
  List<Order> naming(ExchangeOrder exchangeOrder) {
    String id = String.valueOf(exchangeOrder.orderId());
    return orders.stream().filter(order -> order.getSymbol().equals(exchangeOrder.symbol())
        && order.getExchangeOrderId().equals(id)).toList();
  }

  static BigDecimal filled(Order order) {
    return decimal(order.getFilledQuantityDecimal(), order.getFilledQuantity());
  }

  static BigDecimal fee(Order order) {
    return decimal(order.getFeeDecimal(), order.getFee());
  }

  static BigDecimal price(Order order) {
    return decimal(order.getPriceDecimal(), order.getPrice());
  }

  static String describe(Order order) {
    return "gateway order " + order.getOrderId() + " user='" + order.getUserId()
        + "' client_order_id='" + order.getClientOrderId() + "' " + order.getSymbol() + " "
        + order.getSide() + " " + order.getType() + " " + order.getState() + " exchange_order_id='"
        + order.getExchangeOrderId() + "' filled " + filled(order).toPlainString()
        + (order.getRejectReason().isEmpty() ? "" : " reason: " + order.getRejectReason());
  }

  private static BigDecimal decimal(String exact, double wire) {
    return exact.isEmpty() ? BigDecimal.valueOf(wire) : new BigDecimal(exact);
  }

  private static List<Order> all(RetryingClient client) {
    List<Order> all = new ArrayList<>();
    String token = "";
    do {
      GetOrdersResponse page = client.once().getOrders(GetOrdersRequest.newBuilder()
          .setLimit(1000).setPageToken(token).build());
      all.addAll(page.getOrdersList());
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return all;
  }

  private static Optional<Order> byClientId(RetryingClient client, Intent intent) {
    try {
      return Optional.of(client.once().getOrder(GetOrderRequest.newBuilder()
          .setUserId(intent.user).setClientOrderId(intent.clientOrderId).build()).getOrder());
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
