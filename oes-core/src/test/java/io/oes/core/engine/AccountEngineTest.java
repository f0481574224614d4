package io.oes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.OrderFeed;
import io.oes.core.feed.UpdateType;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExecutionReport;
import io.oes.core.port.OrderPage;
import io.oes.core.port.OrderQuery;
import io.oes.core.port.OrderStore;
import io.oes.core.refusal.RefusalCode;
import io.oes.core.refusal.Result;
import io.oes.core.symbol.SymbolRulesBook;
import io.oes.core.testing.ManualClock;
import io.oes.core.testing.ScriptedExchange;
import io.oes.core.testing.TestSymbols;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountEngineTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-28T10:00:00Z"));
  private final ScriptedExchange exchange = new ScriptedExchange(List.of(TestSymbols.btcusdt()));
  private final List<OrderEvent> events = new CopyOnWriteArrayList<>();
  private final MapStore store = new MapStore();
  private AccountEngine engine;

  private AccountEngine engine() {
    SymbolRulesBook rules = new SymbolRulesBook();
    rules.replaceAll(List.of(TestSymbols.btcusdt()));
    OrderFeed feed = new OrderFeed(List.of(events::add, store::append), 100, 0);
    engine = new AccountEngine("main", exchange, rules, feed, store, clock,
        new EngineSettings("oes-", 3, Duration.ofMillis(1)));
    return engine;
  }

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
  }

  private static OrderRequest limitBuy(String clientId, String qty) {
    return new OrderRequest("u1", clientId, "BTCUSDT", Side.BUY, OrderType.LIMIT, null,
        new BigDecimal(qty), new BigDecimal("40000"), null, false, false);
  }

  private static ExchangeOutcome ack(Order order, OrderState state) {
    return new ExchangeOutcome.Accepted(new ExecutionReport("1", order.exchangeClientId(),
        order.symbol(), state, BigDecimal.ZERO, BigDecimal.ZERO, null, Instant.EPOCH));
  }

  private static Order done(Result<Order> result) {
    assertThat(result).isInstanceOf(Result.Done.class);
    return ((Result.Done<Order>) result).value();
  }

  @Test
  void anAcknowledgedOrderIsSubmittedAfterACreatedEvent() throws Exception {
    exchange.answerSubmit(o -> ack(o, OrderState.SUBMITTED));
    Order order = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));
    assertThat(order.state()).isEqualTo(OrderState.SUBMITTED);
    assertThat(order.exchangeClientId()).isEqualTo("oes-" + order.orderId());
    assertThat(events).extracting(OrderEvent::type)
        .containsExactly(UpdateType.CREATED, UpdateType.SUBMITTED);
    assertThat(events).extracting(OrderEvent::sequence).containsExactly(1L, 2L);
  }

  @Test
  void theSameClientIdWithTheSameParametersReturnsTheSameOrderAndSendsOnce() throws Exception {
    exchange.answerSubmit(o -> ack(o, OrderState.SUBMITTED));
    Order first = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));
    Order again = done(engine.create(limitBuy("c1", "0.010")).get(5, TimeUnit.SECONDS));
    assertThat(again.orderId()).isEqualTo(first.orderId());
    assertThat(exchange.requests()).hasSize(1);
  }

  @Test
  void theSameClientIdWithOtherParametersIsAlreadyExists() throws Exception {
    exchange.answerSubmit(o -> ack(o, OrderState.SUBMITTED));
    engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS);
    Result<Order> clash = engine.create(limitBuy("c1", "0.02")).get(5, TimeUnit.SECONDS);
    assertThat(clash).isInstanceOfSatisfying(Result.Refused.class,
        r -> assertThat(r.refusal().code()).isEqualTo(RefusalCode.ALREADY_EXISTS));
    assertThat(exchange.requests()).hasSize(1);
  }

  @Test
  void anUnknownOutcomeNotFoundAfterEveryLookUpEndsRejectedAndIsNeverResent() throws Exception {
    exchange.answerSubmit(o -> new ExchangeOutcome.Unknown("503 Unknown error"));
    exchange.answerQuery(new ExchangeOutcome.NotFound("Order does not exist."));
    Order order = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));
    assertThat(exchange.requests()).filteredOn(r -> r.startsWith("submit")).hasSize(1);
    assertThat(exchange.requests()).filteredOn(r -> r.startsWith("query")).hasSize(3);
    assertThat(order.state()).isEqualTo(OrderState.REJECTED);
    assertThat(order.rejectReason()).contains("does not know the order");
  }

  @Test
  void anUnknownOutcomeFoundOnTheExchangeTakesTheExchangeState() throws Exception {
    exchange.answerSubmit(o -> new ExchangeOutcome.Unknown("timeout"));
    exchange.answerQuery(new ExchangeOutcome.Unknown("still down"));
    exchange.answerQuery(new ExchangeOutcome.Accepted(new ExecutionReport("9", null, "BTCUSDT",
        OrderState.FILLED, new BigDecimal("0.01"), new BigDecimal("39990.5"), null,
        Instant.EPOCH)));
    Order order = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));
    assertThat(order.state()).isEqualTo(OrderState.FILLED);
    assertThat(order.averagePrice()).isEqualByComparingTo("39990.5");
    assertThat(exchange.requests()).filteredOn(r -> r.startsWith("submit")).hasSize(1);
  }

  @Test
  void anExchangeRejectionEndsRejectedWithTheVenueReason() throws Exception {
    exchange.answerSubmit(o -> new ExchangeOutcome.Rejected(-2019, "Margin is insufficient."));
    Order order = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));
    assertThat(order.state()).isEqualTo(OrderState.REJECTED);
    assertThat(order.rejectReason()).contains("Margin is insufficient.").contains("-2019");
  }

  @Test
  void cancelingAFinishedOrderIsAFailedPrecondition() throws Exception {
    exchange.answerSubmit(o -> new ExchangeOutcome.Rejected(-2019, "Margin is insufficient."));
    Order order = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));
    Result<Order> cancel = engine.cancel(order.orderId()).get(5, TimeUnit.SECONDS);
    assertThat(cancel).isInstanceOfSatisfying(Result.Refused.class, r -> {
      assertThat(r.refusal().code()).isEqualTo(RefusalCode.FAILED_PRECONDITION);
      assertThat(r.refusal().message()).contains("already REJECTED");
    });
  }

  @Test
  void aCanceledOrderEndsCanceled() throws Exception {
    exchange.answerSubmit(o -> ack(o, OrderState.SUBMITTED));
    Order order = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));
    exchange.answerCancel(ack(order, OrderState.CANCELED));
    Order canceled = done(engine.cancel(order.orderId()).get(5, TimeUnit.SECONDS));
    assertThat(canceled.state()).isEqualTo(OrderState.CANCELED);
    assertThat(events).extracting(OrderEvent::type).endsWith(UpdateType.CANCELED);
  }

  /** Just enough of a store for the engine's fallbacks. */
  private static final class MapStore implements OrderStore {
    private final Map<String, Order> orders = new ConcurrentHashMap<>();

    @Override
    public void append(OrderEvent event) {
      orders.put(event.order().orderId(), event.order());
    }

    @Override
    public Optional<Order> findById(String orderId) {
      return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public Optional<Order> findByClientOrderId(String userId, String clientOrderId) {
      return orders.values().stream()
          .filter(o -> o.userId().equals(userId) && o.clientOrderId().equals(clientOrderId))
          .findFirst();
    }

    @Override
    public OrderPage find(OrderQuery query) {
      return new OrderPage(List.copyOf(orders.values()), null);
    }

    @Override
    public List<Order> findOpen(String accountId) {
      return List.of();
    }
  }
}
