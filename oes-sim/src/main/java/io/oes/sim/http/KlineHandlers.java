package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.market.MinuteBars.Bar;
import io.oes.sim.market.MinuteBars;
import io.oes.sim.marketdata.KlineInterval;
import io.oes.sim.matching.Exchange;
import io.oes.sim.matching.SymbolEngine;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import io.oes.sim.rules.SymbolRules;
import io.oes.sim.wire.WireDecimals;
import java.math.BigDecimal;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /fapi/v1/klines} from the engines' minute candles, and {@code ticker/price} (v1
 * and v2) from their last price.
 */
final class KlineHandlers {
  private static final int DEFAULT_LIMIT = 500;
  private static final int MAX_LIMIT = 1500;

  private final Exchange exchange;
  private final AccountResolver resolver;
  private final InstantSource clock;

  KlineHandlers(Exchange exchange, AccountResolver resolver, InstantSource clock) {
    this.exchange = exchange;
    this.resolver = resolver;
    this.clock = clock;
  }

  /**
   * Candles as Binance's arrays: open time, open, high, low, close, volume, close time, quote
   * volume, trades, taker buy volume, taker buy quote volume, "0". From {@code startTime}
   * forward when it is sent, else the latest up to {@code endTime}.
   */
  Object klines(ApiRequest request) {
    SymbolEngine engine = resolver.engine(request);
    KlineInterval interval = KlineInterval.of(request.params().required("interval"))
        .orElseThrow(() -> refuse(Rejection.badRequest(-1120, "Invalid interval.")));
    int limit = limit(request);
    Optional<Long> start = timeParam(request, "startTime");
    long end = timeParam(request, "endTime").orElse(clock.millis());
    List<List<Object>> candles = new ArrayList<>();
    MinuteBars.aggregate(engine.minuteBars(start.map(interval::openOf).orElse(0L), end),
            interval::openOf)
        .forEach(bar -> candles.add(row(engine.rules(), interval, bar)));
    return start.isPresent() ? candles.subList(0, Math.min(limit, candles.size()))
        : candles.subList(Math.max(0, candles.size() - limit), candles.size());
  }

  /** GET ticker/price: one object with {@code symbol}, an array of all without. */
  Object tickerPrice(ApiRequest request) {
    if (request.params().optional("symbol").isPresent()) {
      return priceOf(resolver.engine(request));
    }
    return exchange.engines().stream().map(this::priceOf).toList();
  }

  /** 1 below 100 candles, 2 up to 499, 5 up to 1000, 10 beyond. */
  static int klinesWeight(ApiRequest request) {
    int limit;
    try {
      limit = limit(request);
    } catch (RuntimeException e) {
      limit = DEFAULT_LIMIT;
    }
    return limit < 100 ? 1 : limit < 500 ? 2 : limit <= 1000 ? 5 : 10;
  }

  private Map<String, Object> priceOf(SymbolEngine engine) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("symbol", engine.rules().symbol());
    json.put("price", WireDecimals.atLeast(engine.stats().lastPrice(),
        engine.rules().pricePrecision()));
    json.put("time", clock.millis());
    return json;
  }

  private static List<Object> row(SymbolRules rules, KlineInterval interval, Bar bar) {
    return List.of(bar.openMillis(), price(rules, bar.open()), price(rules, bar.high()),
        price(rules, bar.low()), price(rules, bar.close()), qty(rules, bar.volume()),
        interval.closeOf(bar.openMillis()), WireDecimals.plain(bar.quoteVolume()), bar.trades(),
        qty(rules, bar.takerBuyVolume()), WireDecimals.plain(bar.takerBuyQuoteVolume()), "0");
  }

  private static int limit(ApiRequest request) {
    int limit;
    try {
      limit = request.params().optional("limit").map(Integer::parseInt).orElse(DEFAULT_LIMIT);
    } catch (NumberFormatException e) {
      throw refuse(Rejections.mandatoryParameter("limit"));
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw refuse(Rejections.invalidParameter("limit"));
    }
    return limit;
  }

  private static Optional<Long> timeParam(ApiRequest request, String name) {
    try {
      return request.params().optional(name).map(Long::parseLong);
    } catch (NumberFormatException e) {
      throw refuse(Rejections.mandatoryParameter(name));
    }
  }

  private static String price(SymbolRules rules, BigDecimal value) {
    return WireDecimals.atLeast(value, rules.pricePrecision());
  }

  private static String qty(SymbolRules rules, BigDecimal value) {
    return WireDecimals.atLeast(value, rules.quantityPrecision());
  }
}
