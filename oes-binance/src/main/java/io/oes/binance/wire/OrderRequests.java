package io.oes.binance.wire;

import java.math.BigDecimal;
import io.oes.binance.rest.RequestParams;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.order.TimeInForce;

/**
 * The parameters of order requests. LIMIT and MARKET go to {@code /fapi/v1/order}; STOP_MARKET
 * and STOP_LIMIT to the algo endpoint, which Binance requires for conditional orders since
 * 2025-12 (the order endpoint refuses them with -4120).
 */
public final class OrderRequests {
  private OrderRequests() {}

  /**
   * A new LIMIT, POST_ONLY or MARKET order under {@link Order#exchangeClientId()}, asking for
   * the RESULT answer so MARKET, IOC, FOK and GTX orders come back in their final state.
   */
  public static RequestParams newOrder(Order order) {
    OrderRequest request = order.request();
    RequestParams params = new RequestParams()
        .add("symbol", request.symbol())
        .add("side", request.side().name());
    if (request.type() == OrderType.MARKET) {
      params.add("type", "MARKET");
    } else if (request.type() == OrderType.LIMIT || request.type() == OrderType.POST_ONLY) {
      params.add("type", "LIMIT")
          .add("timeInForce", limitTimeInForce(request).name())
          .add("price", required(request.price(), "price", order));
    } else {
      throw new IllegalArgumentException(
          request.type() + " goes to the algo endpoint, not /fapi/v1/order");
    }
    params.add("quantity", required(request.quantity(), "quantity", order))
        .add("newClientOrderId", order.exchangeClientId())
        .add("newOrderRespType", "RESULT");
    return reduceOnly(params, request);
  }

  /** A new STOP_MARKET or STOP_LIMIT (Binance type STOP) conditional order. */
  public static RequestParams newAlgoOrder(Order order) {
    OrderRequest request = order.request();
    if (!request.type().isConditional()) {
      throw new IllegalArgumentException(request.type() + " is not a conditional order");
    }
    boolean stopLimit = request.type() == OrderType.STOP_LIMIT;
    RequestParams params = new RequestParams()
        .add("algoType", "CONDITIONAL")
        .add("symbol", request.symbol())
        .add("side", request.side().name())
        .add("type", stopLimit ? "STOP" : "STOP_MARKET")
        .add("quantity", required(request.quantity(), "quantity", order));
    if (stopLimit) {
      params.add("price", required(request.price(), "price", order))
          .add("timeInForce", limitTimeInForce(request).name());
    }
    params.add("triggerPrice", required(request.stopPrice(), "stopPrice", order))
        .add("clientAlgoId", order.exchangeClientId());
    return reduceOnly(params, request);
  }

  /** Names an order by symbol and client order id (cancel, query). */
  public static RequestParams byClientOrderId(String symbol, String exchangeClientId) {
    return new RequestParams()
        .add("symbol", symbol)
        .add("origClientOrderId", exchangeClientId);
  }

  /**
   * A modify ({@code PUT /fapi/v1/order}) of an open LIMIT order: Binance wants side, quantity
   * and price every time, even when only one of them changes.
   */
  public static RequestParams amend(Order order, BigDecimal quantity, BigDecimal price) {
    return new RequestParams()
        .add("symbol", order.symbol())
        .add("origClientOrderId", order.exchangeClientId())
        .add("side", order.request().side().name())
        .add("quantity", quantity)
        .add("price", price);
  }

  /** Arms (or, with zero, disarms) the auto-cancel countdown of a symbol. */
  public static RequestParams countdown(String symbol, long countdownMillis) {
    return new RequestParams().add("symbol", symbol).add("countdownTime", countdownMillis);
  }

  /** Names a conditional order by its client algo id (cancel, query on the algo endpoint). */
  public static RequestParams byClientAlgoId(String exchangeClientId) {
    return new RequestParams().add("clientAlgoId", exchangeClientId);
  }

  private static TimeInForce limitTimeInForce(OrderRequest request) {
    if (request.type() == OrderType.POST_ONLY || request.postOnly()) {
      return TimeInForce.GTX;
    }
    return request.timeInForce() == null ? TimeInForce.GTC : request.timeInForce();
  }

  private static RequestParams reduceOnly(RequestParams params, OrderRequest request) {
    // Sent only when set: "false" is the default and must not appear with closePosition.
    return request.reduceOnly() ? params.add("reduceOnly", "true") : params;
  }

  private static <T> T required(T value, String field, Order order) {
    if (value == null) {
      throw new IllegalArgumentException(order.request().type() + " order "
          + order.orderId() + " has no " + field);
    }
    return value;
  }
}
