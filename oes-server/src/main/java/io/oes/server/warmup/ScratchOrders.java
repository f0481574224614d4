package io.oes.server.warmup;

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
import java.util.List;

/**
 * The orders a warm-up works on: a resting LIMIT buy, created, submitted and filled, under ids
 * and a user no client can have (they begin with {@code oes-warm-up}). Built in memory only;
 * never given to the engine, the feed or the exchange.
 */
public final class ScratchOrders {
  /** The user and the prefix of every id of a scratch order. */
  public static final String NAME = "oes-warm-up";

  private ScratchOrders() {}

  /** The scratch order as accepted, at {@code now}. */
  public static Order order(Instant now) {
    OrderRequest request = new OrderRequest(NAME, NAME + "-client", "BTCUSDT", Side.BUY,
        OrderType.LIMIT, TimeInForce.GTC, new BigDecimal("0.002"), new BigDecimal("60000.1"),
        null, false, false);
    return Order.accepted(NAME + "-order", NAME, request, NAME, now);
  }

  /**
   * Its life as events: created, submitted, filled (with a fill), numbered below zero so they
   * could never be mistaken for the journal's (which numbers from 1).
   */
  public static List<OrderEvent> events(Instant now) {
    Order created = order(now);
    Order submitted = created.withState(OrderState.SUBMITTED, now);
    BigDecimal quantity = created.request().quantity();
    BigDecimal price = created.request().price();
    Order filled = submitted.withExecution(quantity, price, NAME + "-exchange", now)
        .withFeeAdded(new BigDecimal("0.048"), "USDT").withState(OrderState.FILLED, now);
    Fill fill = new Fill(NAME + "-fill", created.orderId(), created.symbol(), Side.BUY, price,
        quantity, new BigDecimal("0.048"), "USDT", true, now);
    return List.of(new OrderEvent(-3, created, UpdateType.CREATED, null, now),
        new OrderEvent(-2, submitted, UpdateType.SUBMITTED, null, now),
        new OrderEvent(-1, filled, UpdateType.FILLED, fill, now));
  }
}
