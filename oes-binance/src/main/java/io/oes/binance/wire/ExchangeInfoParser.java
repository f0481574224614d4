package io.oes.binance.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.core.symbol.SymbolRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /fapi/v1/exchangeInfo} as {@link SymbolRules}. Rules come from the filters only:
 * {@code pricePrecision} and {@code quantityPrecision} are not tick or step sizes and are
 * ignored. A filter the exchange does not send leaves its bounds at zero ("not checked");
 * unknown filters are skipped.
 */
public final class ExchangeInfoParser {
  private ExchangeInfoParser() {}

  /** The rules of every symbol in the body. */
  public static List<SymbolRules> parse(String body) {
    JsonNode symbols = WireJson.read(body).path("symbols");
    List<SymbolRules> rules = new ArrayList<>(symbols.size());
    for (JsonNode symbol : symbols) {
      rules.add(rulesOf(symbol));
    }
    return List.copyOf(rules);
  }

  private static SymbolRules rulesOf(JsonNode symbol) {
    Map<String, JsonNode> filters = filtersByType(symbol.path("filters"));
    JsonNode price = filters.get("PRICE_FILTER");
    JsonNode lot = filters.get("LOT_SIZE");
    JsonNode marketLot = filters.get("MARKET_LOT_SIZE");
    JsonNode percent = filters.get("PERCENT_PRICE");
    return new SymbolRules(
        symbol.path("symbol").asText(),
        "TRADING".equals(symbol.path("status").asText()),
        WireJson.text(symbol, "baseAsset"),
        WireJson.text(symbol, "quoteAsset"),
        decimal(price, "minPrice"),
        decimal(price, "maxPrice"),
        decimal(price, "tickSize"),
        decimal(lot, "minQty"),
        decimal(lot, "maxQty"),
        decimal(lot, "stepSize"),
        // Null market bounds tell validation to apply LOT_SIZE to MARKET orders as well.
        marketLot == null ? null : decimal(marketLot, "minQty"),
        marketLot == null ? null : decimal(marketLot, "maxQty"),
        marketLot == null ? null : decimal(marketLot, "stepSize"),
        decimal(filters.get("MIN_NOTIONAL"), "notional"),
        decimal(percent, "multiplierUp"),
        decimal(percent, "multiplierDown"),
        maxOpenOrders(filters.get("MAX_NUM_ORDERS")),
        orderTypes(symbol.path("orderTypes")));
  }

  private static Map<String, JsonNode> filtersByType(JsonNode filters) {
    Map<String, JsonNode> byType = new HashMap<>();
    for (JsonNode filter : filters) {
      byType.put(filter.path("filterType").asText(), filter);
    }
    return byType;
  }

  private static BigDecimal decimal(JsonNode filter, String field) {
    return filter == null ? BigDecimal.ZERO : WireJson.decimal(filter, field, BigDecimal.ZERO);
  }

  private static int maxOpenOrders(JsonNode filter) {
    return filter == null ? 0 : filter.path("limit").asInt(0);
  }

  private static Set<String> orderTypes(JsonNode types) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode type : types) {
      names.add(type.asText());
    }
    return Set.copyOf(names);
  }
}
