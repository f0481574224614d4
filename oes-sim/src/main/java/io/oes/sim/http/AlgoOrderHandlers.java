package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.account.Account;
import io.oes.sim.algo.AlgoSnapshot;
import io.oes.sim.matching.AlgoOutcome;
import io.oes.sim.matching.Exchange;
import io.oes.sim.matching.SymbolEngine;
import io.oes.sim.rejection.Rejections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The Algo Order API: conditional orders placed, queried, listed and cancelled. */
final class AlgoOrderHandlers {
  private final AccountResolver resolver;
  private final Exchange exchange;

  AlgoOrderHandlers(AccountResolver resolver, Exchange exchange) {
    this.resolver = resolver;
    this.exchange = exchange;
  }

  /** POST /fapi/v1/algoOrder. */
  Object place(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    SymbolEngine engine = resolver.engine(request);
    var algo = AlgoOrderParser.parse(request.params(), account, engine.rules().symbol());
    return AlgoOrderView.of(accepted(engine.placeAlgo(algo)));
  }

  /** DELETE /fapi/v1/algoOrder, by algoId or clientAlgoId (the symbol is optional). */
  Object cancel(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    AlgoSnapshot canceled = accepted(onEngines(request, engine -> engine.cancelAlgo(account.id(),
        algoId(request), request.params().optional("clientAlgoId"))));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("algoId", canceled.algoId());
    json.put("clientAlgoId", canceled.clientAlgoId());
    json.put("code", "200");
    json.put("msg", "success");
    return json;
  }

  /** GET /fapi/v1/algoOrder. */
  Object query(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    return AlgoOrderView.of(accepted(onEngines(request, engine -> engine.queryAlgo(account.id(),
        algoId(request), request.params().optional("clientAlgoId")))));
  }

  /** GET /fapi/v1/openAlgoOrders. */
  Object open(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    return engines(request).stream()
        .flatMap(engine -> engine.openAlgos(account.id()).stream())
        .map(AlgoOrderView::of).toList();
  }

  /** GET /fapi/v1/allAlgoOrders. */
  Object all(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    HistoryQuery query = HistoryQuery.parse(request.params(), "algoId");
    return query.select(resolver.engine(request).allAlgos(account.id()), AlgoSnapshot::algoId,
        AlgoSnapshot::createTimeMillis).stream().map(AlgoOrderView::of).toList();
  }

  /** DELETE /fapi/v1/algoOpenOrders. */
  Object cancelAll(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    resolver.engine(request).cancelAllAlgos(account.id());
    return Map.of("code", 200, "msg", "The operation of cancel all open order is done.");
  }

  // An algo id is unique per symbol only; without a symbol the first engine that knows it wins.
  private AlgoOutcome onEngines(ApiRequest request,
      Function<SymbolEngine, AlgoOutcome> action) {
    AlgoOutcome last = new AlgoOutcome.Refused(Rejections.unknownAlgoOrder());
    for (SymbolEngine engine : engines(request)) {
      last = action.apply(engine);
      if (last instanceof AlgoOutcome.Accepted) {
        return last;
      }
    }
    return last;
  }

  private List<SymbolEngine> engines(ApiRequest request) {
    return request.params().optional("symbol").isPresent() ? List.of(resolver.engine(request))
        : List.copyOf(exchange.engines());
  }

  private static Optional<Long> algoId(ApiRequest request) {
    Optional<String> clientAlgoId = request.params().optional("clientAlgoId");
    try {
      Optional<Long> id = request.params().optional("algoId").map(Long::parseLong);
      if (id.isEmpty() && clientAlgoId.isEmpty()) {
        throw refuse(Rejections.mandatoryParameter("algoId"));
      }
      return id;
    } catch (NumberFormatException e) {
      throw refuse(Rejections.mandatoryParameter("algoId"));
    }
  }

  private static AlgoSnapshot accepted(AlgoOutcome outcome) {
    return switch (outcome) {
      case AlgoOutcome.Accepted accepted -> accepted.algo();
      case AlgoOutcome.Refused refused -> throw refuse(refused.rejection());
    };
  }
}
