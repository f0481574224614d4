package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.account.Account;
import io.oes.sim.matching.Exchange;
import io.oes.sim.matching.OrderOutcome;
import io.oes.sim.matching.SymbolEngine;
import io.oes.sim.order.NewOrder;
import io.oes.sim.order.OrderSnapshot;
import io.oes.sim.ratelimit.RateLimitLedger;
import io.oes.sim.ratelimit.RateLimitLedger.OrderCount;
import java.util.List;

/** The signed order endpoints: place, query, cancel and list open orders. */
final class OrderHandlers {
  private final AccountResolver resolver;
  private final Exchange exchange;
  private final RateLimitLedger ledger;

  OrderHandlers(AccountResolver resolver, Exchange exchange, RateLimitLedger ledger) {
    this.resolver = resolver;
    this.exchange = exchange;
    this.ledger = ledger;
  }

  /** POST /fapi/v1/order. */
  Object place(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    SymbolEngine engine = resolver.engine(request);
    NewOrder order = NewOrderParser.parse(request.params(), account.id(), engine.rules().symbol());
    OrderCount count = ledger.countOrder(account.id());
    request.header("X-MBX-ORDER-COUNT-10S", String.valueOf(count.last10Seconds()));
    request.header("X-MBX-ORDER-COUNT-1M", String.valueOf(count.lastMinute()));
    return OrderView.of(accepted(engine.place(order)), engine.rules());
  }

  /** GET /fapi/v1/order. */
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

  /** GET /fapi/v1/openOrders, for one symbol or, without {@code symbol}, for all. */
  Object openOrders(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    List<SymbolEngine> engines = request.params().optional("symbol").isPresent()
        ? List.of(resolver.engine(request))
        : List.copyOf(exchange.engines());
    return engines.stream()
        .flatMap(engine -> engine.openOrders(account.id()).stream()
            .map(order -> OrderView.withTime(order, engine.rules())))
        .toList();
  }

  private static OrderSnapshot accepted(OrderOutcome outcome) {
    return switch (outcome) {
      case OrderOutcome.Accepted accepted -> accepted.order();
      case OrderOutcome.Refused refused -> throw refuse(refused.rejection());
    };
  }

  static int openOrdersWeight(ApiRequest request) {
    return request.params().optional("symbol").isPresent() ? 1 : 40;
  }
}
