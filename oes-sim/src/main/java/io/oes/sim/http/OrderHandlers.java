package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.account.Account;
import io.oes.sim.deadman.CountdownCancelAll;
import io.oes.sim.matching.Exchange;
import io.oes.sim.matching.OrderOutcome;
import io.oes.sim.matching.SymbolEngine;
import io.oes.sim.order.AmendRequest;
import io.oes.sim.order.NewOrder;
import io.oes.sim.order.OrderSnapshot;
import io.oes.sim.rejection.Rejections;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The signed order endpoints: place, modify, query, cancel and the order lists. */
final class OrderHandlers {
  private final AccountResolver resolver;
  private final Exchange exchange;
  private final OrderCounter counter;
  private final CountdownCancelAll deadMansSwitch;

  OrderHandlers(AccountResolver resolver, Exchange exchange, OrderCounter counter,
      CountdownCancelAll deadMansSwitch) {
    this.resolver = resolver;
    this.exchange = exchange;
    this.counter = counter;
    this.deadMansSwitch = deadMansSwitch;
  }

  /** POST /fapi/v1/order. */
  Object place(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    SymbolEngine engine = resolver.engine(request);
    NewOrder order = NewOrderParser.parse(request.params(), account, engine.rules().symbol());
    counter.charge(request, account.id(), 1, 1);
    return OrderView.of(accepted(engine.place(order)), engine.rules());
  }

  /** PUT /fapi/v1/order: new price and quantity for a working LIMIT order. */
  Object amend(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    SymbolEngine engine = resolver.engine(request);
    AmendRequest amendment = AmendParser.parse(request.params(), account.id());
    counter.charge(request, account.id(), 1, 1);
    return OrderView.of(accepted(engine.amend(amendment)), engine.rules());
  }

  /** GET /fapi/v1/order and /fapi/v1/openOrder. */
  Object query(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    SymbolEngine engine = resolver.engine(request);
    OrderOutcome outcome = engine.query(OrderRefParser.parse(request.params(), account.id()));
    return OrderView.withTime(accepted(outcome), engine.rules());
  }

  /** DELETE /fapi/v1/order. */
  Object cancel(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    SymbolEngine engine = resolver.engine(request);
    OrderOutcome outcome = engine.cancel(OrderRefParser.parse(request.params(), account.id()));
    return OrderView.of(accepted(outcome), engine.rules());
  }

  /** DELETE /fapi/v1/allOpenOrders. */
  Object cancelAll(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    resolver.engine(request).cancelAll(account.id());
    return Map.of("code", 200, "msg", "The operation of cancel all open order is done.");
  }

  /** POST /fapi/v1/countdownCancelAll: arms, refreshes or (0) disarms the dead-man switch. */
  Object countdownCancelAll(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    String symbol = resolver.engine(request).rules().symbol();
    String text = request.params().required("countdownTime");
    long countdownMillis;
    try {
      countdownMillis = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw refuse(Rejections.mandatoryParameter("countdownTime"));
    }
    if (countdownMillis < 0) {
      throw refuse(Rejections.invalidParameter("countdownTime"));
    }
    deadMansSwitch.countdown(account.id(), symbol, Duration.ofMillis(countdownMillis));
    return Map.of("symbol", symbol, "countdownTime", text);
  }

  /** GET /fapi/v1/openOrders, for one symbol or, without {@code symbol}, for all. */
  Object openOrders(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    return engines(request).stream()
        .flatMap(engine -> engine.openOrders(account.id()).stream()
            .map(order -> OrderView.withTime(order, engine.rules())))
        .toList();
  }

  /** GET /fapi/v1/allOrders: the symbol's orders from {@code orderId} or in a time range. */
  Object allOrders(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    SymbolEngine engine = resolver.engine(request);
    HistoryQuery query = HistoryQuery.parse(request.params(), "orderId");
    return query.select(engine.allOrders(account.id()), OrderSnapshot::orderId,
            OrderSnapshot::timeMillis).stream()
        .map(order -> OrderView.withTime(order, engine.rules()))
        .toList();
  }

  private List<SymbolEngine> engines(ApiRequest request) {
    return request.params().optional("symbol").isPresent()
        ? List.of(resolver.engine(request))
        : List.copyOf(exchange.engines());
  }

  static OrderSnapshot accepted(OrderOutcome outcome) {
    return switch (outcome) {
      case OrderOutcome.Accepted accepted -> accepted.order();
      case OrderOutcome.Refused refused -> throw refuse(refused.rejection());
    };
  }
}
