package io.oes.messaging;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.UpdateType;
import io.oes.core.order.Decimals;
import io.oes.core.order.Fill;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Orders and events for the messaging tests. */
public final class TestEvents {
  public static final Instant T0 = Instant.parse("2026-03-01T12:00:00.123456789Z");

  private TestEvents() {}

  /** A fresh order id no other test run uses. */
  public static String uniqueId() {
    return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
  }

  public static Order limitOrder(String id, String symbol) {
    OrderRequest request = new OrderRequest("alice", "c-" + id, symbol, Side.BUY,
        OrderType.LIMIT, TimeInForce.GTC, new BigDecimal("0.015"), new BigDecimal("40000.1"),
        null, false, true);
    return Order.accepted(id, "main", request, "oes-c-", T0)
        .withState(OrderState.SUBMITTED, T0.plusMillis(3))
        .withExecution(BigDecimal.ZERO, BigDecimal.ZERO, "8389765", T0.plusMillis(3));
  }

  public static Order marketOrder(String id, String symbol) {
    OrderRequest request = new OrderRequest("bob", "c-" + id, symbol, Side.SELL,
        OrderType.MARKET, null, Decimals.fromWire(100), null, null, true, false);
    return Order.accepted(id, "main", request, "oes-c-", T0);
  }

  /** Event {@code sequence} for {@code order}; with a fill when {@code withFill}. */
  public static OrderEvent event(long sequence, Order order, boolean withFill) {
    if (!withFill) {
      return new OrderEvent(sequence, order, UpdateType.SUBMITTED, null, order.updatedAt());
    }
    Fill fill = new Fill("F" + sequence, order.orderId(), order.symbol(), order.request().side(),
        new BigDecimal("40000.1"), new BigDecimal("0.005"), new BigDecimal("0.00000001"), "USDT",
        true, order.updatedAt());
    Order filled = order.withExecution(new BigDecimal("0.005"), new BigDecimal("40000.1"), null,
        order.updatedAt()).withFeeAdded(new BigDecimal("0.00000001"), "USDT")
        .withState(OrderState.PARTIALLY_FILLED, order.updatedAt());
    return new OrderEvent(sequence, filled, UpdateType.PARTIALLY_FILLED, fill, order.updatedAt());
  }
}
