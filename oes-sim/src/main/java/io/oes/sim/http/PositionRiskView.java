package io.oes.sim.http;

import io.oes.sim.margin.Exposure;
import io.oes.sim.rules.LeverageBrackets;
import io.oes.sim.wire.WireDecimals;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of {@code GET /fapi/v3/positionRisk} (reference §3e); v2 adds leverage, margin type
 * and the notional cap.
 */
final class PositionRiskView {
  private PositionRiskView() {}

  static Map<String, Object> v3(Exposure exposure) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("symbol", exposure.symbol());
    json.put("positionSide", exposure.positionSide().name());
    json.put("positionAmt", WireDecimals.plain(exposure.position().positionAmt()));
    json.put("entryPrice", WireDecimals.plain(exposure.position().entryPrice()));
    json.put("breakEvenPrice", WireDecimals.plain(exposure.position().entryPrice()));
    json.put("markPrice", WireDecimals.plain(exposure.markPrice()));
    json.put("unRealizedProfit", WireDecimals.plain(exposure.unrealizedProfit()));
    json.put("liquidationPrice", "0");
    json.put("isolatedMargin", "0");
    json.put("notional", WireDecimals.plain(exposure.notional()));
    json.put("marginAsset", exposure.marginAsset());
    json.put("isolatedWallet", "0");
    json.put("initialMargin", WireDecimals.plain(exposure.initialMargin()));
    json.put("maintMargin", WireDecimals.plain(exposure.maintMargin()));
    json.put("positionInitialMargin", WireDecimals.plain(exposure.positionInitialMargin()));
    json.put("openOrderInitialMargin", WireDecimals.plain(exposure.openOrderInitialMargin()));
    json.put("adl", 0);
    json.put("bidNotional", WireDecimals.plain(exposure.bidNotional()));
    json.put("askNotional", WireDecimals.plain(exposure.askNotional()));
    json.put("updateTime", exposure.position().updateTimeMillis());
    return json;
  }

  static Map<String, Object> v2(Exposure exposure) {
    Map<String, Object> json = v3(exposure);
    json.put("leverage", String.valueOf(exposure.leverage()));
    json.put("marginType", exposure.marginType());
    json.put("isAutoAddMargin", "false");
    json.put("maxNotionalValue",
        WireDecimals.plain(LeverageBrackets.maxNotional(exposure.leverage())));
    return json;
  }
}
