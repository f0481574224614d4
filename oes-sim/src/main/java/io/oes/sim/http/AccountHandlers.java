package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.account.Account;
import io.oes.sim.account.AccountSettings.MarginType;
import io.oes.sim.account.Leg;
import io.oes.sim.account.PositionKey;
import io.oes.sim.account.Trade;
import io.oes.sim.margin.Exposure;
import io.oes.sim.matching.Exchange;
import io.oes.sim.matching.SymbolEngine;
import io.oes.sim.order.PositionSide;
import io.oes.sim.rejection.Rejections;
import io.oes.sim.rules.LeverageBrackets;
import io.oes.sim.wire.WireDecimals;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The signed account endpoints: balances, positions, trades and the trading settings. */
final class AccountHandlers {
  private final AccountResolver resolver;
  private final Exchange exchange;

  AccountHandlers(AccountResolver resolver, Exchange exchange) {
    this.resolver = resolver;
    this.exchange = exchange;
  }

  /** GET /fapi/v3/account. */
  Object accountV3(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    return AccountView.v3(account, exposures(account, List.copyOf(exchange.engines())));
  }

  /** GET /fapi/v2/account. */
  Object accountV2(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    return AccountView.v2(account, exposures(account, List.copyOf(exchange.engines())));
  }

  /** GET /fapi/v2/balance and /fapi/v3/balance. */
  Object balance(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    return AccountView.balance(account, exposures(account, List.copyOf(exchange.engines())));
  }

  /** GET /fapi/v3/positionRisk: only symbols with a position or open orders. */
  Object positionRiskV3(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    return exposures(account, engines(request)).stream().filter(Exposure::isOpen)
        .map(PositionRiskView::v3).toList();
  }

  /** GET /fapi/v2/positionRisk: every symbol asked for, flat ones included. */
  Object positionRiskV2(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    return exposures(account, engines(request)).stream().map(PositionRiskView::v2).toList();
  }

  /** GET /fapi/v1/userTrades. */
  Object userTrades(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    String symbol = resolver.engine(request).rules().symbol();
    Optional<Long> orderId = OrderRefParser.optionalOrderId(request.params());
    List<Trade> trades = account.trades(symbol).stream()
        .filter(trade -> orderId.map(id -> trade.orderId() == id).orElse(true)).toList();
    return HistoryQuery.parse(request.params(), "fromId")
        .select(trades, Trade::id, Trade::timeMillis).stream()
        .map(TradeView::of).toList();
  }

  /** POST /fapi/v1/leverage. */
  Object leverage(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    String symbol = resolver.engine(request).rules().symbol();
    int leverage = LeverageHandlers.parseLeverage(request.params());
    BigDecimal cap = LeverageBrackets.maxNotional(leverage);
    boolean overCap = exposures(account, List.of(resolver.engine(request))).stream()
        .anyMatch(exposure -> exposure.worstNotional().compareTo(cap) > 0);
    if (overCap) {
      throw refuse(Rejections.maxLeverageRatioExceeded());
    }
    account.settings().leverage(symbol, leverage);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("leverage", leverage);
    json.put("maxNotionalValue", WireDecimals.plain(
        LeverageBrackets.maxNotional(leverage)));
    json.put("symbol", symbol);
    return json;
  }

  /** POST /fapi/v1/marginType: -4046 when unchanged; margin stays cross in the simulator. */
  Object marginType(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    String symbol = resolver.engine(request).rules().symbol();
    MarginType type;
    try {
      type = MarginType.valueOf(request.params().required("marginType").toUpperCase());
    } catch (IllegalArgumentException e) {
      throw refuse(Rejections.invalidParameter("marginType"));
    }
    if (!account.settings().marginType(symbol, type)) {
      throw refuse(Rejections.marginTypeUnchanged());
    }
    return Map.of("code", 200, "msg", "success");
  }

  /** GET /fapi/v1/positionSide/dual. */
  Object positionMode(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    return Map.of("dualSidePosition", account.settings().dualSidePosition());
  }

  /**
   * POST /fapi/v1/positionSide/dual: hedge mode ({@code true}) or one-way mode. Refused with
   * -4059 for the current mode, -4067 while the account has open orders, -4068 while it holds a
   * position, on any symbol.
   */
  Object changePositionMode(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    boolean dual = NewOrderParser.flag(request.params(), "dualSidePosition");
    if (dual == account.settings().dualSidePosition()) {
      throw refuse(Rejections.positionModeUnchanged());
    }
    List<Leg> legs = account.openLegs();
    if (legs.stream().anyMatch(leg -> !leg.openOrders().isEmpty())) {
      throw refuse(Rejections.positionModeLockedByOrders());
    }
    if (!legs.isEmpty()) {
      throw refuse(Rejections.positionModeLockedByPosition());
    }
    account.settings().dualSidePosition(dual);
    return Map.of("code", 200, "msg", "success");
  }

  private List<SymbolEngine> engines(ApiRequest request) {
    return request.params().optional("symbol").isPresent() ? List.of(resolver.engine(request))
        : List.copyOf(exchange.engines());
  }

  /** One exposure per symbol (BOTH), or two (LONG, SHORT) in hedge mode. */
  private static List<Exposure> exposures(Account account, List<SymbolEngine> engines) {
    List<PositionSide> sides = account.settings().dualSidePosition()
        ? List.of(PositionSide.LONG, PositionSide.SHORT) : List.of(PositionSide.BOTH);
    return engines.stream().flatMap(engine -> sides.stream().map(side -> Exposure.of(account,
            account.leg(new PositionKey(engine.rules().symbol(), side)),
            engine.rules().quoteAsset(), engine.markPrice())))
        .toList();
  }
}
