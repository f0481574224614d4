package io.oes.sim.http;

import io.oes.sim.account.Trade;
import io.oes.sim.wire.WireDecimals;
import java.util.LinkedHashMap;
import java.util.Map;

/** One entry of {@code GET /fapi/v1/userTrades}. */
final class TradeView {
  private TradeView() {}

  static Map<String, Object> of(Trade trade) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("symbol", trade.symbol());
    json.put("id", trade.id());
    json.put("orderId", trade.orderId());
    json.put("side", trade.side().name());
    json.put("price", WireDecimals.plain(trade.price()));
    json.put("qty", WireDecimals.plain(trade.qty()));
    json.put("realizedPnl", WireDecimals.plain(trade.realizedPnl()));
    json.put("quoteQty", WireDecimals.plain(trade.quoteQty()));
    json.put("commission", WireDecimals.plain(trade.commission()));
    json.put("commissionAsset", trade.commissionAsset());
    json.put("time", trade.timeMillis());
    json.put("positionSide", trade.positionSide().name());
    json.put("buyer", trade.buyer());
    json.put("maker", trade.maker());
    return json;
  }
}
