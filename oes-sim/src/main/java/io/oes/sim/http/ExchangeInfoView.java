package io.oes.sim.http;

import io.oes.sim.ratelimit.RateLimits;
import io.oes.sim.rules.SymbolCatalog;
import io.oes.sim.rules.SymbolRules;
import io.oes.sim.rules.SymbolRules.LotSize;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The body of {@code GET /fapi/v1/exchangeInfo} (reference §3a), field names as Binance's. */
final class ExchangeInfoView {
  private static final List<String> ORDER_TYPES = List.of("LIMIT", "MARKET", "STOP",
      "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET", "TRAILING_STOP_MARKET");
  private static final List<String> TIME_IN_FORCE = List.of("GTC", "IOC", "FOK", "GTX", "GTD");

  private ExchangeInfoView() {}

  static Map<String, Object> of(SymbolCatalog catalog, RateLimits limits,
      long serverTimeMillis) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("timezone", "UTC");
    json.put("serverTime", serverTimeMillis);
    json.put("futuresType", "U_MARGINED");
    json.put("rateLimits", List.of(
        rateLimit("REQUEST_WEIGHT", "MINUTE", 1, limits.requestWeightPerMinute()),
        rateLimit("ORDERS", "MINUTE", 1, limits.ordersPerMinute()),
        rateLimit("ORDERS", "SECOND", 10, limits.ordersPer10Seconds())));
    json.put("exchangeFilters", List.of());
    json.put("assets", assets(catalog));
    json.put("symbols", catalog.all().stream().map(ExchangeInfoView::symbol).toList());
    return json;
  }

  private static Map<String, Object> rateLimit(String type, String interval, int number,
      int limit) {
    return Map.of("rateLimitType", type, "interval", interval, "intervalNum", number,
        "limit", limit);
  }

  private static List<Map<String, Object>> assets(SymbolCatalog catalog) {
    Set<String> marginAssets = new LinkedHashSet<>();
    catalog.all().forEach(rules -> marginAssets.add(rules.quoteAsset()));
    return marginAssets.stream()
        .<Map<String, Object>>map(asset -> Map.of("asset", asset, "marginAvailable", true,
            "autoAssetExchange", "-10000"))
        .toList();
  }

  private static Map<String, Object> symbol(SymbolRules rules) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("symbol", rules.symbol());
    json.put("pair", rules.symbol());
    json.put("contractType", "PERPETUAL");
    json.put("deliveryDate", SymbolRules.PERPETUAL_DELIVERY_DATE_MILLIS);
    json.put("onboardDate", rules.onboardDateMillis());
    json.put("status", "TRADING");
    json.put("maintMarginPercent", "2.5000");
    json.put("requiredMarginPercent", "5.0000");
    json.put("baseAsset", rules.baseAsset());
    json.put("quoteAsset", rules.quoteAsset());
    json.put("marginAsset", rules.quoteAsset());
    json.put("pricePrecision", rules.pricePrecision());
    json.put("quantityPrecision", rules.quantityPrecision());
    json.put("baseAssetPrecision", 8);
    json.put("quotePrecision", 8);
    json.put("underlyingType", "COIN");
    json.put("underlyingSubType", List.of());
    json.put("settlePlan", 0);
    json.put("triggerProtect", rules.triggerProtect());
    json.put("liquidationFee", rules.liquidationFee());
    json.put("marketTakeBound", rules.marketTakeBound());
    json.put("maxMoveOrderLimit", 10000);
    json.put("filters", filters(rules));
    json.put("orderTypes", ORDER_TYPES);
    json.put("timeInForce", TIME_IN_FORCE);
    return json;
  }

  private static List<Map<String, Object>> filters(SymbolRules rules) {
    var price = rules.priceFilter();
    var percent = rules.percentPrice();
    return List.of(
        Map.of("filterType", "PRICE_FILTER", "minPrice", price.minPrice().toPlainString(),
            "maxPrice", price.maxPrice().toPlainString(), "tickSize",
            price.tickSize().toPlainString()),
        lotSize("LOT_SIZE", rules.lotSize()),
        lotSize("MARKET_LOT_SIZE", rules.marketLotSize()),
        Map.of("filterType", "MAX_NUM_ORDERS", "limit", rules.maxNumOrders()),
        Map.of("filterType", "MAX_NUM_ALGO_ORDERS", "limit", rules.maxNumAlgoOrders()),
        Map.of("filterType", "MIN_NOTIONAL", "notional", rules.minNotional().toPlainString()),
        Map.of("filterType", "PERCENT_PRICE",
            "multiplierUp", percent.multiplierUp().toPlainString(),
            "multiplierDown", percent.multiplierDown().toPlainString(),
            "multiplierDecimal", String.valueOf(percent.multiplierDecimal())));
  }

  private static Map<String, Object> lotSize(String type, LotSize lot) {
    return Map.of("filterType", type, "minQty", lot.minQty().toPlainString(),
        "maxQty", lot.maxQty().toPlainString(), "stepSize", lot.stepSize().toPlainString());
  }
}
