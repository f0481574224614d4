package io.oes.binance.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.binance.rest.RequestParams;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private static final ObjectMapper JSON = new ObjectMapper();

  private OrderRequests() {}

  /**
   * A new LIMIT, POST_ONLY or MARKET order under {@link Order#exchangeClientId()}, asking for
   * the RESULT answer so MARKET, IOC, FOK and GTX orders come back in their final state.
   */
  public static RequestParams newOrder(Order order) {
    RequestParams params = new RequestParams();
    newOrderFields(order).forEach(params::add);
    return params;
  }

  /**
   * {@code POST /fapi/v1/batchOrders}: the orders as {@code batchOrders}, a JSON list of the
   * {@link #newOrder} parameters of each, in order, every value a string as Binance's examples
   * send them. LIMIT, POST_ONLY and MARKET only: the batch endpoint takes no conditional order.
   */
  public static RequestParams batchOrders(List<Order> orders) {
    List<Map<String, String>> entries = orders.stream().map(OrderRequests::newOrderFields)
        .toList();
    return new RequestParams().add("batchOrders", json(entries));
  }

  /**
   * {@code DELETE /fapi/v1/batchOrders}: the open orders of {@code symbol} named by their client
   * order ids, as {@code origClientOrderIdList}, a JSON list.
   */
  public static RequestParams batchCancel(String symbol, List<String> exchangeClientIds) {
    return new RequestParams().add("symbol", symbol)
        .add("origClientOrderIdList", json(exchangeClientIds));
  }

  private static Map<String, String> newOrderFields(Order order) {
    OrderRequest request = order.request();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("symbol", request.symbol());
    fields.put("side", request.side().name());
    if (request.type() == OrderType.MARKET) {
      fields.put("type", "MARKET");
    } else if (request.type() == OrderType.LIMIT || request.type() == OrderType.POST_ONLY) {
      fields.put("type", "LIMIT");
      fields.put("timeInForce", limitTimeInForce(request).name());
      fields.put("price", RequestParams.plain(required(request.price(), "price", order)));
    } else {
      throw new IllegalArgumentException(
          request.type() + " goes to the algo endpoint, not /fapi/v1/order");
    }
    fields.put("quantity", RequestParams.plain(required(request.quantity(), "quantity", order)));
    fields.put("newClientOrderId", order.exchangeClientId());
    fields.put("newOrderRespType", "RESULT");
    if (request.reduceOnly()) {
      // Sent only when set: "false" is the default and must not appear with closePosition.
      fields.put("reduceOnly", "true");
    }
    return fields;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value + " as JSON", e);
    }
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
