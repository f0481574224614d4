package io.oes.sim.matching;

import io.oes.sim.order.ExpiryReason;
import io.oes.sim.order.NewOrder;
import io.oes.sim.order.OrderOrigin;
import io.oes.sim.order.OrderSnapshot;
import io.oes.sim.order.OrderStatus;
import io.oes.sim.order.OrderType;
import io.oes.sim.order.PositionSide;
import io.oes.sim.order.Side;
import io.oes.sim.order.TimeInForce;
import java.math.BigDecimal;

/** A live order on the simulator. Not thread-safe: owned by its symbol's engine. */
final class Order {
  private final NewOrder request;
  private final long orderId;
  private final String clientOrderId;
  private final OrderOrigin origin;
  private final long timeMillis;
  private BigDecimal price;
  private BigDecimal quantity;
  private BigDecimal executedQty = BigDecimal.ZERO;
  private BigDecimal cumQuote = BigDecimal.ZERO;
  private OrderStatus status = OrderStatus.NEW;
  private ExpiryReason expiryReason = ExpiryReason.NONE;
  private long updateTimeMillis;

  Order(NewOrder request, long orderId, String clientOrderId, OrderOrigin origin,
      long timeMillis) {
    this.request = request;
    this.orderId = orderId;
    this.clientOrderId = clientOrderId;
    this.origin = origin;
    this.timeMillis = timeMillis;
    this.updateTimeMillis = timeMillis;
    this.price = request.price().orElse(BigDecimal.ZERO);
    this.quantity = request.quantity();
  }

  NewOrder request() {
    return request;
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

  /** Whether fills are capped by the position: reduce-only, or closing a hedge-mode side. */
  boolean reducesOnly() {
    return request.reducesOnly();
  }

  PositionSide positionSide() {
    return request.positionSide();
  }

  String selfTradePreventionMode() {
    return request.selfTradePreventionMode();
  }

  /** The limit price; zero for MARKET orders, as Binance shows it. */
  BigDecimal price() {
    return price;
  }

  BigDecimal quantity() {
    return quantity;
  }

  BigDecimal executedQty() {
    return executedQty;
  }

  long goodTillDateMillis() {
    return request.goodTillDateMillis();
  }

  OrderStatus status() {
    return status;
  }

  BigDecimal remainingQty() {
    return quantity.subtract(executedQty);
  }

  /** The open notional still to fill at the limit price. */
  BigDecimal openNotional() {
    return price.multiply(remainingQty());
  }

  /** Adds a fill and moves the status to PARTIALLY_FILLED or FILLED. */
  void fill(BigDecimal fillPrice, BigDecimal fillQty, long nowMillis) {
    executedQty = executedQty.add(fillQty);
    cumQuote = cumQuote.add(fillPrice.multiply(fillQty));
    status = remainingQty().signum() == 0 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
    updateTimeMillis = nowMillis;
  }

  /** Changes price and quantity of a working LIMIT order (a modify). */
  void amend(BigDecimal newPrice, BigDecimal newQuantity, long nowMillis) {
    price = newPrice;
    quantity = newQuantity;
    updateTimeMillis = nowMillis;
  }

  /** Ends a working order with CANCELED, EXPIRED or EXPIRED_IN_MATCH. */
  void close(OrderStatus finalStatus, ExpiryReason reason, long nowMillis) {
    status = finalStatus;
    expiryReason = reason;
    updateTimeMillis = nowMillis;
  }

  OrderSnapshot snapshot() {
    return new OrderSnapshot(request.symbol(), orderId, clientOrderId, request.side(),
        request.type(), request.timeInForce(), status, price, quantity, executedQty, cumQuote,
        request.reduceOnly(), request.priceProtect(), request.selfTradePreventionMode(),
        request.goodTillDateMillis(), origin, expiryReason, timeMillis, updateTimeMillis,
        request.positionSide());
  }
}
