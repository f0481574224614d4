package io.oes.sim.http;

import io.oes.sim.order.OrderSnapshot;
import io.oes.sim.rules.SymbolRules;
import io.oes.sim.wire.WireDecimals;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Binance order object (reference §3b): decimals as strings, ids and times as numbers. */
final class OrderView {
  private OrderView() {}

  /** The body of POST and DELETE order: every field but {@code time}. */
  static Map<String, Object> of(OrderSnapshot order, SymbolRules rules) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("orderId", order.orderId());
    json.put("symbol", order.symbol());
    json.put("status", order.status().name());
    json.put("clientOrderId", order.clientOrderId());
    json.put("price", price(order, rules));
    json.put("avgPrice", WireDecimals.atLeast(order.avgPrice(), rules.pricePrecision()));
    json.put("origQty", WireDecimals.atLeast(order.origQty(), rules.quantityPrecision()));
    json.put("executedQty", WireDecimals.atLeast(order.executedQty(), rules.quantityPrecision()));
    json.put("cumQty", WireDecimals.atLeast(order.executedQty(), rules.quantityPrecision()));
    json.put("cumQuote", WireDecimals.plain(order.cumQuote()));
    json.put("timeInForce", order.timeInForce().name());
    json.put("type", order.type().name());
    json.put("reduceOnly", order.reduceOnly());
    json.put("closePosition", order.origin().closePosition());
    json.put("side", order.side().name());
    json.put("positionSide", order.positionSide().name());
    json.put("stopPrice", WireDecimals.plain(order.origin().stopPrice()));
    json.put("workingType", order.origin().workingType());
    json.put("priceProtect", order.priceProtect());
    json.put("origType", order.origin().origType().name());
    json.put("priceMatch", "NONE");
    json.put("selfTradePreventionMode", order.selfTradePreventionMode());
    json.put("goodTillDate", order.goodTillDateMillis());
    json.put("updateTime", order.updateTimeMillis());
    return json;
  }

  /** The body of GET order and of each openOrders entry: adds {@code time}. */
  static Map<String, Object> withTime(OrderSnapshot order, SymbolRules rules) {
    Map<String, Object> json = of(order, rules);
    json.put("time", order.timeMillis());
    return json;
  }

  private static String price(OrderSnapshot order, SymbolRules rules) {
    return order.price().signum() == 0 ? "0"
        : WireDecimals.atLeast(order.price(), rules.pricePrecision());
  }
}
