package io.oes.sim.http;

import io.oes.sim.algo.AlgoOrderRequest;
import io.oes.sim.algo.AlgoSnapshot;
import io.oes.sim.wire.WireDecimals;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Binance algo order object (reference §3c). */
final class AlgoOrderView {
  private AlgoOrderView() {}

  static Map<String, Object> of(AlgoSnapshot algo) {
    AlgoOrderRequest request = algo.request();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("algoId", algo.algoId());
    json.put("clientAlgoId", algo.clientAlgoId());
    json.put("algoType", "CONDITIONAL");
    json.put("orderType", request.type().name());
    json.put("symbol", request.symbol());
    json.put("side", request.side().name());
    json.put("positionSide", request.positionSide().name());
    json.put("timeInForce", request.timeInForce().name());
    json.put("quantity", request.quantity().map(WireDecimals::plain).orElse("0"));
    json.put("algoStatus", algo.status().name());
    json.put("actualOrderId", algo.releasedOrderId() == 0 ? ""
        : String.valueOf(algo.releasedOrderId()));
    json.put("triggerPrice", WireDecimals.plain(request.triggerPrice()));
    json.put("price", request.price().map(WireDecimals::plain).orElse("0"));
    json.put("icebergQuantity", null);
    json.put("selfTradePreventionMode", request.selfTradePreventionMode());
    json.put("workingType", request.workingType());
    json.put("priceMatch", "NONE");
    json.put("closePosition", request.closePosition());
    json.put("priceProtect", request.priceProtect());
    json.put("reduceOnly", request.reduceOnly());
    json.put("activatePrice", "");
    json.put("callbackRate", "");
    json.put("createTime", algo.createTimeMillis());
    json.put("updateTime", algo.updateTimeMillis());
    json.put("triggerTime", algo.triggerTimeMillis());
    json.put("goodTillDate", request.goodTillDateMillis());
    return json;
  }
}
