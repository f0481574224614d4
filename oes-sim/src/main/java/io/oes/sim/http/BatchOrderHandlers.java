package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.sim.account.Account;
import io.oes.sim.matching.Exchange;
import io.oes.sim.matching.OrderOutcome;
import io.oes.sim.matching.SymbolEngine;
import io.oes.sim.order.OrderRef;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.RejectionException;
import io.oes.sim.rejection.Rejections;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /fapi/v1/batchOrders}: place (POST) or modify (PUT) up to 5 orders, cancel (DELETE) up
 * to 10. The answer lists one entry per request entry, in order: the order, or {@code {code,msg}}
 * for an entry that was refused. The list travels as raw JSON, URL-encoded or not; the cancel
 * lists are accepted in Binance's spelling and in the lower case ccxt sends.
 */
final class BatchOrderHandlers {
  private static final int MAX_PLACE_OR_MODIFY = 5;
  private static final int MAX_CANCEL = 10;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final AccountResolver resolver;
  private final Exchange exchange;
  private final OrderCounter counter;

  BatchOrderHandlers(AccountResolver resolver, Exchange exchange, OrderCounter counter) {
    this.resolver = resolver;
    this.exchange = exchange;
    this.counter = counter;
  }

  /** POST /fapi/v1/batchOrders. */
  Object place(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    List<RequestParams> entries = entries(request);
    counter.charge(request, account.id(), 5, 1);
    return each(entries, entry -> {
      SymbolEngine engine = engineOf(entry);
      var order = NewOrderParser.parse(entry, account, engine.rules().symbol());
      return OrderView.of(OrderHandlers.accepted(engine.place(order)), engine.rules());
    });
  }

  /** PUT /fapi/v1/batchOrders. */
  Object amend(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    List<RequestParams> entries = entries(request);
    counter.charge(request, account.id(), 5, 1);
    return each(entries, entry -> {
      SymbolEngine engine = engineOf(entry);
      var amendment = AmendParser.parse(entry, account.id());
      return OrderView.of(OrderHandlers.accepted(engine.amend(amendment)),
          engine.rules());
    });
  }

  /** DELETE /fapi/v1/batchOrders. */
  Object cancel(ApiRequest request) {
    Account account = resolver.signedAccount(request);
    SymbolEngine engine = resolver.engine(request);
    List<OrderRef> refs = cancelRefs(request.params(), account.id());
    List<Object> results = new ArrayList<>();
    for (OrderRef ref : refs) {
      OrderOutcome outcome = engine.cancel(ref);
      results.add(switch (outcome) {
        case OrderOutcome.Accepted accepted -> OrderView.of(accepted.order(), engine.rules());
        case OrderOutcome.Refused refused -> error(refused.rejection());
      });
    }
    return results;
  }

  private List<RequestParams> entries(ApiRequest request) {
    List<Map<String, Object>> raw = json(request.params().required("batchOrders"),
        new TypeReference<>() {});
    if (raw.isEmpty() || raw.size() > MAX_PLACE_OR_MODIFY) {
      throw refuse(Rejections.invalidBatchSize());
    }
    return raw.stream().map(BatchOrderHandlers::asParams).toList();
  }

  private static List<OrderRef> cancelRefs(RequestParams params, long accountId) {
    Optional<String> ids = params.optional("orderIdList").or(() -> params.optional("orderidlist"));
    Optional<String> clientIds = params.optional("origClientOrderIdList")
        .or(() -> params.optional("origclientorderidlist"));
    List<OrderRef> refs = new ArrayList<>();
    if (ids.isPresent()) {
      for (JsonNode id : json(ids.get(), new TypeReference<JsonNode>() {})) {
        refs.add(new OrderRef(accountId, Optional.of(id.asLong()), Optional.empty()));
      }
    } else if (clientIds.isPresent()) {
      for (JsonNode id : json(clientIds.get(), new TypeReference<JsonNode>() {})) {
        refs.add(new OrderRef(accountId, Optional.empty(), Optional.of(id.asText())));
      }
    } else {
      throw refuse(Rejections.mandatoryParameter("orderIdList"));
    }
    if (refs.isEmpty() || refs.size() > MAX_CANCEL) {
      throw refuse(Rejections.invalidBatchSize());
    }
    return refs;
  }

  private SymbolEngine engineOf(RequestParams entry) {
    return exchange.engine(entry.required("symbol"))
        .orElseThrow(() -> refuse(Rejections.invalidSymbol()));
  }

  private static List<Object> each(List<RequestParams> entries,
      Function<RequestParams, Object> action) {
    List<Object> results = new ArrayList<>();
    for (RequestParams entry : entries) {
      try {
        results.add(action.apply(entry));
      } catch (RejectionException e) {
        results.add(error(e.rejection()));
      }
    }
    return results;
  }

  private static Map<String, Object> error(Rejection rejection) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", rejection.code());
    json.put("msg", rejection.message());
    return json;
  }

  private static RequestParams asParams(Map<String, Object> entry) {
    Map<String, String> values = new LinkedHashMap<>();
    entry.forEach((name, value) -> values.put(name, switch (value) {
      case null -> "";
      case BigDecimal decimal -> decimal.toPlainString();
      default -> value.toString();
    }));
    return RequestParams.of(values);
  }

  private static <T> T json(String text, TypeReference<T> type) {
    try {
      return MAPPER.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw refuse(Rejections.mandatoryParameter("batchOrders"));
    }
  }
}
