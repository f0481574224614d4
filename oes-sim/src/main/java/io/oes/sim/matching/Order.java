package io.oes.sim.matching;

import io.oes.sim.order.NewOrder;
import io.oes.sim.order.OrderSnapshot;
import io.oes.sim.order.OrderStatus;
import io.oes.sim.order.OrderType;
import io.oes.sim.order.Side;
import io.oes.sim.order.TimeInForce;
import java.math.BigDecimal;

/** A live order on the simulator. Not thread-safe: owned by its symbol's engine. */
final class Order {
  private final NewOrder request;
  private final long orderId;
  private final String clientOrderId;
  private final long timeMillis;
  private BigDecimal executedQty = BigDecimal.ZERO;
  private BigDecimal cumQuote = BigDecimal.ZERO;
  private OrderStatus status = OrderStatus.NEW;
  private long updateTimeMillis;

  Order(NewOrder request, long orderId, String clientOrderId, long timeMillis) {
    this.request = request;
    this.orderId = orderId;
    this.clientOrderId = clientOrderId;
    this.timeMillis = timeMillis;
    this.updateTimeMillis = timeMillis;
  }

  long orderId() {
    return orderId;
  }

  long accountId() {
    return request.accountId();
  }

  String clientOrderId() {
    return clientOrderId;
  }

  Side side() {
    return request.side();
  }

  OrderType type() {
    return request.type();
  }

  TimeInForce timeInForce() {
    return request.timeInForce();
  }

  /** The limit price; zero for MARKET orders, as Binance shows it. */
  BigDecimal price() {
    return request.price().orElse(BigDecimal.ZERO);
  }

  long goodTillDateMillis() {
    return request.goodTillDateMillis();
  }

  OrderStatus status() {
    return status;
  }

  BigDecimal remainingQty() {
    return request.quantity().subtract(executedQty);
  }

  /** Adds a fill and moves the status to PARTIALLY_FILLED or FILLED. */
  void fill(BigDecimal price, BigDecimal quantity, long nowMillis) {
    executedQty = executedQty.add(quantity);
    cumQuote = cumQuote.add(price.multiply(quantity));
    status = remainingQty().signum() == 0 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
    updateTimeMillis = nowMillis;
  }

  /** Ends a working order with CANCELED or EXPIRED. */
  void close(OrderStatus finalStatus, long nowMillis) {
    status = finalStatus;
    updateTimeMillis = nowMillis;
  }

  OrderSnapshot snapshot() {
    return new OrderSnapshot(request.symbol(), orderId, clientOrderId, request.side(),
        request.type(), request.timeInForce(), status, price(), request.quantity(), executedQty,
        cumQuote, request.reduceOnly(), request.priceProtect(),
        request.selfTradePreventionMode(), request.goodTillDateMillis(), timeMillis,
        updateTimeMillis);
  }
}
