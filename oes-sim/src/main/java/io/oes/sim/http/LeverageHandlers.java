package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.matching.Exchange;
import io.oes.sim.matching.SymbolEngine;
import io.oes.sim.ratelimit.RateLimits;
import io.oes.sim.rejection.Rejections;
import io.oes.sim.rules.LeverageBrackets;
import io.oes.sim.rules.LeverageBrackets.Bracket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** leverageBracket, rateLimit/order and the leverage parameter. */
final class LeverageHandlers {
  private final AccountResolver resolver;
  private final Exchange exchange;
  private final RateLimits limits;

  LeverageHandlers(AccountResolver resolver, Exchange exchange, RateLimits limits) {
    this.resolver = resolver;
    this.exchange = exchange;
    this.limits = limits;
  }

  /** GET /fapi/v1/leverageBracket: one entry per symbol (an object when a symbol is named). */
  Object brackets(ApiRequest request) {
    resolver.signedAccount(request);
    if (request.params().optional("symbol").isPresent()) {
      return List.of(bracketsOf(resolver.engine(request)));
    }
    return exchange.engines().stream().map(LeverageHandlers::bracketsOf).toList();
  }

  /** GET /fapi/v1/rateLimit/order: the account's ORDERS limiters. */
  Object orderRateLimits(ApiRequest request) {
    resolver.signedAccount(request);
    return List.of(
        Map.of("rateLimitType", "ORDERS", "interval", "SECOND", "intervalNum", 10,
            "limit", limits.ordersPer10Seconds()),
        Map.of("rateLimitType", "ORDERS", "interval", "MINUTE", "intervalNum", 1,
            "limit", limits.ordersPerMinute()));
  }

  static int parseLeverage(RequestParams params) {
    try {
      int leverage = Integer.parseInt(params.required("leverage"));
      if (leverage < 1 || leverage > LeverageBrackets.MAX_LEVERAGE) {
        throw refuse(Rejections.invalidLeverage());
      }
      return leverage;
    } catch (NumberFormatException e) {
      throw refuse(Rejections.invalidLeverage());
    }
  }

  private static Map<String, Object> bracketsOf(SymbolEngine engine) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("symbol", engine.rules().symbol());
    json.put("brackets", LeverageBrackets.table().stream().map(LeverageHandlers::bracket)
        .toList());
    return json;
  }

  private static Map<String, Object> bracket(Bracket bracket) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("bracket", bracket.bracket());
    json.put("initialLeverage", bracket.initialLeverage());
    json.put("notionalCap", bracket.notionalCap());
    json.put("notionalFloor", bracket.notionalFloor());
    json.put("maintMarginRatio", bracket.maintMarginRatio());
    json.put("cum", bracket.cum());
    return json;
  }
}
