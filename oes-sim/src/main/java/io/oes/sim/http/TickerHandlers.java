package io.oes.sim.http;

import io.oes.sim.market.DepthSnapshot;
import io.oes.sim.market.MarketStats;
import io.oes.sim.market.PriceLevel;
import io.oes.sim.matching.Exchange;
import io.oes.sim.matching.SymbolEngine;
import io.oes.sim.wire.WireDecimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** {@code ticker/bookTicker} and {@code ticker/24hr}: one object with a symbol, a list without. */
final class TickerHandlers {
  private final Exchange exchange;
  private final AccountResolver resolver;
  private final InstantSource clock;

  TickerHandlers(Exchange exchange, AccountResolver resolver, InstantSource clock) {
    this.exchange = exchange;
    this.resolver = resolver;
    this.clock = clock;
  }

  Object bookTicker(ApiRequest request) {
    return perSymbol(request, this::bookTickerOf);
  }

  Object ticker24hr(ApiRequest request) {
    return perSymbol(request, this::ticker24hrOf);
  }

  private Object perSymbol(ApiRequest request, Function<SymbolEngine, Object> view) {
    if (request.params().optional("symbol").isPresent()) {
      return view.apply(resolver.engine(request));
    }
    return exchange.engines().stream().map(view).toList();
  }

  private Object bookTickerOf(SymbolEngine engine) {
    DepthSnapshot top = engine.depth(1);
    int priceScale = engine.rules().pricePrecision();
    int qtyScale = engine.rules().quantityPrecision();
    Optional<PriceLevel> bid = top.bids().stream().findFirst();
    Optional<PriceLevel> ask = top.asks().stream().findFirst();
    long now = clock.millis();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("symbol", engine.rules().symbol());
    json.put("bidPrice", level(bid, PriceLevel::price, priceScale));
    json.put("bidQty", level(bid, PriceLevel::quantity, qtyScale));
    json.put("askPrice", level(ask, PriceLevel::price, priceScale));
    json.put("askQty", level(ask, PriceLevel::quantity, qtyScale));
    json.put("time", now);
    json.put("lastUpdateId", top.lastUpdateId());
    return json;
  }

  private Object ticker24hrOf(SymbolEngine engine) {
    MarketStats.Snapshot stats = engine.stats();
    int scale = engine.rules().pricePrecision();
    BigDecimal change = stats.lastPrice().subtract(stats.openPrice());
    BigDecimal percent = change.multiply(BigDecimal.valueOf(100))
        .divide(stats.openPrice(), 3, RoundingMode.HALF_UP);
    BigDecimal weighted = stats.volume().signum() == 0 ? stats.lastPrice()
        : stats.quoteVolume().divide(stats.volume(), scale, RoundingMode.HALF_UP);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("symbol", engine.rules().symbol());
    json.put("priceChange", WireDecimals.atLeast(change, scale));
    json.put("priceChangePercent", percent.toPlainString());
    json.put("weightedAvgPrice", WireDecimals.atLeast(weighted, scale));
    json.put("lastPrice", WireDecimals.atLeast(stats.lastPrice(), scale));
    json.put("lastQty", WireDecimals.plain(stats.lastQty()));
    json.put("openPrice", WireDecimals.atLeast(stats.openPrice(), scale));
    json.put("highPrice", WireDecimals.atLeast(stats.highPrice(), scale));
    json.put("lowPrice", WireDecimals.atLeast(stats.lowPrice(), scale));
    json.put("volume", WireDecimals.plain(stats.volume()));
    json.put("quoteVolume", WireDecimals.plain(stats.quoteVolume()));
    json.put("openTime", stats.openTimeMillis());
    json.put("closeTime", clock.millis());
    json.put("firstId", stats.count() == 0 ? 0 : 1);
    json.put("lastId", stats.count());
    json.put("count", stats.count());
    return json;
  }

  private static String level(Optional<PriceLevel> level, Function<PriceLevel, BigDecimal> field,
      int scale) {
    return level.map(field).map(value -> WireDecimals.atLeast(value, scale)).orElse("0");
  }

}
