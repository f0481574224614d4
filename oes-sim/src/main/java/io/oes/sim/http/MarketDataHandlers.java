package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.market.DepthSnapshot;
import io.oes.sim.market.PriceLevel;
import io.oes.sim.matching.Exchange;
import io.oes.sim.matching.SymbolEngine;
import io.oes.sim.ratelimit.RateLimits;
import io.oes.sim.rejection.Rejections;
import io.oes.sim.rules.SymbolCatalog;
import io.oes.sim.rules.SymbolRules;
import io.oes.sim.wire.WireDecimals;
import java.math.BigDecimal;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The public endpoints: ping, time, exchangeInfo, depth and premiumIndex. */
final class MarketDataHandlers {
  private static final Set<Integer> DEPTH_LIMITS = Set.of(5, 10, 20, 50, 100, 500, 1000);
  private static final int DEFAULT_DEPTH_LIMIT = 500;
  private static final long FUNDING_INTERVAL_MILLIS = 8 * 3600_000L;
  private static final String FUNDING_RATE = "0.00010000";
  private static final int MARK_PRICE_SCALE = 8;

  private final SymbolCatalog catalog;
  private final Exchange exchange;
  private final AccountResolver resolver;
  private final RateLimits limits;
  private final InstantSource clock;

  MarketDataHandlers(SymbolCatalog catalog, Exchange exchange, AccountResolver resolver,
      RateLimits limits, InstantSource clock) {
    this.catalog = catalog;
    this.exchange = exchange;
    this.resolver = resolver;
    this.limits = limits;
    this.clock = clock;
  }

  Object ping(ApiRequest request) {
    return Map.of();
  }

  Object time(ApiRequest request) {
    return Map.of("serverTime", clock.millis());
  }

  Object exchangeInfo(ApiRequest request) {
    return ExchangeInfoView.of(catalog, limits, clock.millis());
  }

  /** GET /fapi/v1/depth: the synthetic ladder, best levels first. */
  Object depth(ApiRequest request) {
    SymbolEngine engine = resolver.engine(request);
    DepthSnapshot depth = engine.depth(depthLimit(request));
    long now = clock.millis();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("lastUpdateId", depth.lastUpdateId());
    json.put("E", now);
    json.put("T", now);
    json.put("bids", levels(depth.bids(), engine.rules()));
    json.put("asks", levels(depth.asks(), engine.rules()));
    return json;
  }

  /** GET /fapi/v1/premiumIndex: one object with {@code symbol}, an array of all without. */
  Object premiumIndex(ApiRequest request) {
    if (request.params().optional("symbol").isPresent()) {
      return premiumIndexOf(resolver.engine(request));
    }
    return exchange.engines().stream().map(this::premiumIndexOf).toList();
  }

  /** 2 up to 50 levels, 5 for 100, 10 for 500, 20 for 1000; a malformed limit costs 2. */
  static int depthWeight(ApiRequest request) {
    int limit;
    try {
      limit = depthLimitOrDefault(request);
    } catch (RuntimeException e) {
      limit = 0;
    }
    return limit <= 50 ? 2 : limit <= 100 ? 5 : limit <= 500 ? 10 : 20;
  }

  private Map<String, Object> premiumIndexOf(SymbolEngine engine) {
    long now = clock.millis();
    String mark = engine.markPrice().setScale(MARK_PRICE_SCALE).toPlainString();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("symbol", engine.rules().symbol());
    json.put("markPrice", mark);
    json.put("indexPrice", mark);
    json.put("estimatedSettlePrice", mark);
    json.put("lastFundingRate", FUNDING_RATE);
    json.put("interestRate", FUNDING_RATE);
    json.put("nextFundingTime", (now / FUNDING_INTERVAL_MILLIS + 1) * FUNDING_INTERVAL_MILLIS);
    json.put("time", now);
    return json;
  }

  private static int depthLimit(ApiRequest request) {
    int limit = depthLimitOrDefault(request);
    if (!DEPTH_LIMITS.contains(limit)) {
      throw refuse(Rejections.invalidParameter("limit"));
    }
    return limit;
  }

  private static int depthLimitOrDefault(ApiRequest request) {
    try {
      return request.params().optional("limit").map(Integer::parseInt).orElse(DEFAULT_DEPTH_LIMIT);
    } catch (NumberFormatException e) {
      throw refuse(Rejections.mandatoryParameter("limit"));
    }
  }

  private static List<List<String>> levels(List<PriceLevel> levels, SymbolRules rules) {
    return levels.stream()
        .map(level -> List.of(format(level.price(), rules.pricePrecision()),
            format(level.quantity(), rules.quantityPrecision())))
        .toList();
  }

  private static String format(BigDecimal value, int scale) {
    return WireDecimals.atLeast(value, scale);
  }
}
