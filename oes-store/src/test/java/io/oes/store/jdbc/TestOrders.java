package io.oes.store.jdbc;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.UpdateType;
import io.oes.core.order.Fill;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;

/** Orders and events for store tests, with times and sequences under the test's control. */
final class TestOrders {
  static final Instant T0 = Instant.parse("2026-03-01T12:00:00.123456Z");

  private long sequence;

  TestOrders(long lastSequence) {
    this.sequence = lastSequence;
  }

  static Order limitOrder(String id, String user, String symbol, Instant createdAt) {
    return limitOrder("main", id, user, symbol, createdAt);
  }

  static Order limitOrder(String account, String id, String user, String symbol,
      Instant createdAt) {
    OrderRequest request = new OrderRequest(user, "c-" + id, symbol, Side.BUY, OrderType.LIMIT,
        TimeInForce.GTC, new BigDecimal("0.015"), new BigDecimal("40000.1"), null, false, false);
    return Order.accepted(id, account, request, "oes-c-", createdAt);
  }

  OrderEvent created(Order order) {
    return event(order, UpdateType.CREATED, null);
  }

  OrderEvent moved(Order order, OrderState state, UpdateType type) {
    return event(order.withState(state, order.updatedAt().plusMillis(1)), type, null);
  }

  /** A fill of {@code quantity} at the order's price, and the order after it. */
  OrderEvent filled(Order order, String fillId, String quantity, OrderState state) {
    BigDecimal qty = new BigDecimal(quantity);
    Instant at = order.updatedAt().plusMillis(1);
    Order after = order.withExecution(order.filledQuantity().add(qty),
            order.request().price(), "x-" + order.orderId(), at)
        .withFeeAdded(new BigDecimal("0.00012"), "USDT")
        .withState(state, at);
    Fill fill = new Fill(fillId, order.orderId(), order.symbol(), Side.BUY,
        order.request().price(), qty, new BigDecimal("0.00012"), "USDT", true, at);
    UpdateType type = state == OrderState.FILLED ? UpdateType.FILLED : UpdateType.PARTIALLY_FILLED;
    return event(after, type, fill);
  }

  long lastSequence() {
    return sequence;
  }

  private OrderEvent event(Order order, UpdateType type, Fill fill) {
    return new OrderEvent(++sequence, order, type, fill, order.updatedAt());
  }
}
