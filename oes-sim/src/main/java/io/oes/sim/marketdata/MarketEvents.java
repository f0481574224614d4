package io.oes.sim.marketdata;

import io.oes.sim.market.MarketSample;
import io.oes.sim.market.MarketStats;
import io.oes.sim.market.PriceLevel;
import io.oes.sim.market.TradeTape.PublicTrade;
import io.oes.sim.rules.SymbolRules;
import io.oes.sim.wire.WireDecimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The market stream payloads with Binance's event types and one-letter keys: decimals as strings
 * at the symbol's precision, ids and times as numbers.
 */
final class MarketEvents {
  /** The simulator keeps the funding rate fixed, as {@code premiumIndex} reports it. */
  private static final String FUNDING_RATE = "0.00010000";
  private static final long FUNDING_INTERVAL_MILLIS = 8 * 3600_000L;
  private static final int MARK_PRICE_SCALE = 8;

  private MarketEvents() {}

  static Map<String, Object> aggTrade(SymbolRules rules, long aggregateId, PublicTrade trade,
      long nowMillis) {
    Map<String, Object> json = head("aggTrade", nowMillis, rules);
    json.put("a", aggregateId);
    json.put("p", price(rules, trade.price()));
    json.put("q", qty(rules, trade.quantity()));
    json.put("f", trade.tradeId());
    json.put("l", trade.tradeId());
    json.put("T", trade.timeMillis());
    json.put("m", trade.buyerMaker());
    return json;
  }

  /** A trade stream event; the simulator's trades are all regular market trades. */
  static Map<String, Object> trade(SymbolRules rules, PublicTrade trade, long nowMillis) {
    Map<String, Object> json = head("trade", nowMillis, rules);
    json.put("T", trade.timeMillis());
    json.put("t", trade.tradeId());
    json.put("p", price(rules, trade.price()));
    json.put("q", qty(rules, trade.quantity()));
    json.put("X", "MARKET");
    json.put("m", trade.buyerMaker());
    return json;
  }

  static Map<String, Object> markPrice(SymbolRules rules, MarketSample sample, long nowMillis) {
    String mark = sample.markPrice().setScale(MARK_PRICE_SCALE, RoundingMode.HALF_UP)
        .toPlainString();
    Map<String, Object> json = head("markPriceUpdate", nowMillis, rules);
    json.put("p", mark);
    json.put("i", mark);
    json.put("P", mark);
    json.put("r", FUNDING_RATE);
    json.put("T", (nowMillis / FUNDING_INTERVAL_MILLIS + 1) * FUNDING_INTERVAL_MILLIS);
    return json;
  }

  static Map<String, Object> bookTicker(SymbolRules rules, MarketSample sample, long nowMillis) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("e", "bookTicker");
    json.put("u", sample.depth().lastUpdateId());
    json.put("E", nowMillis);
    json.put("T", nowMillis);
    json.put("s", rules.symbol());
    putTop(json, "b", "B", sample.depth().bids(), rules);
    putTop(json, "a", "A", sample.depth().asks(), rules);
    return json;
  }

  static Map<String, Object> depthUpdate(SymbolRules rules, DepthDelta ids, List<PriceLevel> bids,
      List<PriceLevel> asks, long nowMillis) {
    Map<String, Object> json = head("depthUpdate", nowMillis, rules);
    json.put("T", nowMillis);
    json.put("U", ids.firstUpdateId());
    json.put("u", ids.lastUpdateId());
    json.put("pu", ids.previousUpdateId());
    json.put("b", levels(bids, rules));
    json.put("a", levels(asks, rules));
    return json;
  }

  /** The kline of the symbol's perpetual contract: a kline keyed by pair and contract type. */
  static Map<String, Object> continuousKline(SymbolRules rules, KlineBar bar, boolean closed,
      long nowMillis) {
    Map<String, Object> k = klineBody(rules, bar, closed);
    k.remove("s");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("e", "continuous_kline");
    json.put("E", nowMillis);
    json.put("ps", rules.symbol());
    json.put("ct", "PERPETUAL");
    json.put("k", k);
    return json;
  }

  static Map<String, Object> kline(SymbolRules rules, KlineBar bar, boolean closed,
      long nowMillis) {
    Map<String, Object> json = head("kline", nowMillis, rules);
    json.put("k", klineBody(rules, bar, closed));
    return json;
  }

  private static Map<String, Object> klineBody(SymbolRules rules, KlineBar bar, boolean closed) {
    Map<String, Object> k = new LinkedHashMap<>();
    k.put("t", bar.openMillis);
    k.put("T", bar.closeMillis);
    k.put("s", rules.symbol());
    k.put("i", bar.interval.code());
    k.put("f", bar.firstTradeId);
    k.put("L", bar.lastTradeId);
    k.put("o", price(rules, bar.open));
    k.put("c", price(rules, bar.close));
    k.put("h", price(rules, bar.high));
    k.put("l", price(rules, bar.low));
    k.put("v", qty(rules, bar.volume));
    k.put("n", bar.trades);
    k.put("x", closed);
    k.put("q", WireDecimals.plain(bar.quoteVolume));
    k.put("V", qty(rules, bar.takerBuyVolume));
    k.put("Q", WireDecimals.plain(bar.takerBuyQuoteVolume));
    k.put("B", "0");
    return k;
  }

  static Map<String, Object> miniTicker(SymbolRules rules, MarketStats.Snapshot stats,
      long nowMillis) {
    Map<String, Object> json = head("24hrMiniTicker", nowMillis, rules);
    json.put("c", price(rules, stats.lastPrice()));
    json.put("o", price(rules, stats.openPrice()));
    json.put("h", price(rules, stats.highPrice()));
    json.put("l", price(rules, stats.lowPrice()));
    json.put("v", qty(rules, stats.volume()));
    json.put("q", WireDecimals.plain(stats.quoteVolume()));
    return json;
  }

  static Map<String, Object> ticker(SymbolRules rules, MarketStats.Snapshot stats,
      long nowMillis) {
    BigDecimal change = stats.lastPrice().subtract(stats.openPrice());
    BigDecimal weighted = stats.volume().signum() == 0 ? stats.lastPrice()
        : stats.quoteVolume().divide(stats.volume(), rules.pricePrecision(), RoundingMode.HALF_UP);
    Map<String, Object> json = head("24hrTicker", nowMillis, rules);
    json.put("p", price(rules, change));
    json.put("P", change.multiply(BigDecimal.valueOf(100))
        .divide(stats.openPrice(), 3, RoundingMode.HALF_UP).toPlainString());
    json.put("w", price(rules, weighted));
    json.put("c", price(rules, stats.lastPrice()));
    json.put("Q", qty(rules, stats.lastQty()));
    json.put("o", price(rules, stats.openPrice()));
    json.put("h", price(rules, stats.highPrice()));
    json.put("l", price(rules, stats.lowPrice()));
    json.put("v", qty(rules, stats.volume()));
    json.put("q", WireDecimals.plain(stats.quoteVolume()));
    json.put("O", stats.openTimeMillis());
    json.put("C", nowMillis);
    json.put("F", stats.count() == 0 ? 0 : 1);
    json.put("L", stats.count());
    json.put("n", stats.count());
    return json;
  }

  private static Map<String, Object> head(String type, long nowMillis, SymbolRules rules) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("e", type);
    json.put("E", nowMillis);
    json.put("s", rules.symbol());
    return json;
  }

  private static void putTop(Map<String, Object> json, String priceKey, String qtyKey,
      List<PriceLevel> side, SymbolRules rules) {
    json.put(priceKey, side.isEmpty() ? "0" : price(rules, side.getFirst().price()));
    json.put(qtyKey, side.isEmpty() ? "0" : qty(rules, side.getFirst().quantity()));
  }

  private static List<List<String>> levels(List<PriceLevel> levels, SymbolRules rules) {
    return levels.stream()
        .map(level -> List.of(price(rules, level.price()), qty(rules, level.quantity())))
        .toList();
  }

  private static String price(SymbolRules rules, BigDecimal value) {
    return WireDecimals.atLeast(value, rules.pricePrecision());
  }

  private static String qty(SymbolRules rules, BigDecimal value) {
    return WireDecimals.atLeast(value, rules.quantityPrecision());
  }
}
