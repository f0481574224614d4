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
import io.oes.core.port.TradeFill;
import io.oes.core.refusal.RefusalCode;
import io.oes.core.refusal.Result;
import io.oes.core.symbol.SymbolRulesBook;
import io.oes.core.testing.ManualClock;
import io.oes.core.testing.MemoryStore;
import io.oes.core.testing.ScriptedExchange;
import io.oes.core.testing.TestSettings;
import io.oes.core.testing.TestSymbols;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountEngineTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-28T10:00:00Z"));
  private final ScriptedExchange exchange = new ScriptedExchange(List.of(TestSymbols.btcusdt()));
  private final List<OrderEvent> events = new CopyOnWriteArrayList<>();
  private final MemoryStore store = new MemoryStore();
  private AccountEngine engine;

  private AccountEngine engine() {
    return engine(TestSettings.fast());
  }

  private AccountEngine engine(EngineSettings settings) {
    SymbolRulesBook rules = new SymbolRulesBook();
    rules.replaceAll(List.of(TestSymbols.btcusdt()));
    OrderFeed feed = new OrderFeed(List.of(events::add, store::append), 100, 0);
    engine = new AccountEngine("main", exchange, rules, feed, store, clock, settings);
    return engine;
  }

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
    assertThat(store.readThreads()).as("the writer never reads the store")
        .noneMatch(thread -> thread.startsWith("engine-"));
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
  void freshClientIdsAreAdmittedWithoutAskingTheStoreOnceItsIdsAreLoaded() throws Exception {
    exchange.answerSubmit(o -> ack(o, OrderState.SUBMITTED));
    engine().clientIdsLoaded().get(5, TimeUnit.SECONDS);

    for (int i = 0; i < 20; i++) {
      done(engine.create(limitBuy("fresh-" + i, "0.01")).get(5, TimeUnit.SECONDS));
    }

    assertThat(store.clientIdLookups()).isZero();
    assertThat(exchange.requests()).hasSize(20);
  }

  @Test
  void anIdUsedBeforeARestartStillNamesItsOrderAfterTheIdsLoad() throws Exception {
    exchange.answerSubmit(o -> ack(o, OrderState.SUBMITTED));
    Order before = done(engine().create(limitBuy("c-old", "0.01")).get(5, TimeUnit.SECONDS));
    engine.close();

    AccountEngine restarted = engine();
    restarted.clientIdsLoaded().get(5, TimeUnit.SECONDS);
    Order again = done(restarted.create(limitBuy("c-old", "0.01")).get(5, TimeUnit.SECONDS));
    Result<Order> otherTerms = restarted.create(limitBuy("c-old", "0.02"))
        .get(5, TimeUnit.SECONDS);

    assertThat(again.orderId()).isEqualTo(before.orderId());
    assertThat(otherTerms).isInstanceOfSatisfying(Result.Refused.class,
        refused -> assertThat(refused.refusal().code()).isEqualTo(RefusalCode.ALREADY_EXISTS));
    assertThat(exchange.requests()).hasSize(1);
  }

  @Test
  void anAcknowledgedOrderIsSubmittedAfterACreatedEvent() throws Exception {
    exchange.answerSubmit(o -> ack(o, OrderState.SUBMITTED));
    Order order = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));
    assertThat(order.state()).isEqualTo(OrderState.SUBMITTED);
    assertThat(order.exchangeClientId())
        .isEqualTo(io.oes.core.order.ExchangeClientIds.of("oes-", "main", "u1", "c1"));
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
  void anUnknownOutcomeIsAnsweredUnknownAndNotFoundSettlesItOnlyOnceTheRequestExpired()
      throws Exception {
    exchange.answerSubmit(o -> new ExchangeOutcome.Unknown("503 Unknown error"));
    exchange.answerQuery(new ExchangeOutcome.NotFound("Order does not exist."));
    Order order = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));

    assertThat(order.state()).isEqualTo(OrderState.UNKNOWN);
    assertThat(order.rejectReason()).contains("503 Unknown error").contains("looking the order up");
    assertThat(events).extracting(OrderEvent::type)
        .containsExactly(UpdateType.CREATED, UpdateType.UNKNOWN);
    assertThat(exchange.requests()).filteredOn(r -> r.startsWith("query")).hasSizeGreaterThan(3);

    clock.advance(Duration.ofMillis(6001));
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
        .until(() -> store.findById(order.orderId()).orElseThrow().state() == OrderState.REJECTED);
    assertThat(store.findById(order.orderId()).orElseThrow().rejectReason())
        .contains("never reached the exchange");
    assertThat(exchange.requests()).filteredOn(r -> r.startsWith("submit")).hasSize(1);
  }

  @Test
  void aRetryOfAnIntentWhoseOutcomeIsUnknownSendsNothingAndGetsTheSameOrder() throws Exception {
    exchange.answerSubmit(o -> new ExchangeOutcome.Unknown("timeout"));
    exchange.answerQuery(new ExchangeOutcome.Unknown("still down"));
    Order first = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));
    Order retry = done(engine.create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));

    assertThat(retry.orderId()).isEqualTo(first.orderId());
    assertThat(retry.state()).isEqualTo(OrderState.UNKNOWN);
    assertThat(exchange.requests()).filteredOn(r -> r.startsWith("submit")).hasSize(1);
  }

  @Test
  void aLateFillOfAnOrderSettledAsNeverReachingTheExchangeIsApplied() throws Exception {
    exchange.answerSubmit(o -> new ExchangeOutcome.Unknown("timeout"));
    exchange.answerQuery(new ExchangeOutcome.NotFound("Order does not exist."));
    Order order = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));
    clock.advance(Duration.ofSeconds(7));
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
        .until(() -> store.findById(order.orderId()).orElseThrow().state() == OrderState.REJECTED);

    engine.onExecution(new ExecutionReport("9", order.exchangeClientId(), "BTCUSDT",
        OrderState.FILLED, new BigDecimal("0.01"), new BigDecimal("40000"), null, Instant.EPOCH,
        new TradeFill("t9", new BigDecimal("40000"), new BigDecimal("0.01"),
            new BigDecimal("0.16"), "USDT", false, Instant.EPOCH), null));

    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
        .until(() -> store.findById(order.orderId()).orElseThrow().state() == OrderState.FILLED);
    Order filled = store.findById(order.orderId()).orElseThrow();
    assertThat(filled.filledQuantity()).isEqualByComparingTo("0.01");
    assertThat(filled.fee()).isEqualByComparingTo("0.16");
    assertThat(filled.rejectReason()).isNull();
    assertThat(events).filteredOn(e -> e.fill() != null).hasSize(1);
  }

  @Test
  void nothingIsSentUntilTheOrdersIntentIsCommitted() throws Exception {
    exchange.answerSubmit(o -> ack(o, OrderState.SUBMITTED));
    engine();
    store.holdCommits();
    var answer = engine.create(limitBuy("c1", "0.01"));
    Thread.sleep(200);
    assertThat(exchange.requests()).isEmpty();
    assertThat(events).extracting(OrderEvent::type).containsExactly(UpdateType.CREATED);

    store.commitAll();
    assertThat(done(answer.get(5, TimeUnit.SECONDS)).state()).isEqualTo(OrderState.SUBMITTED);
    assertThat(exchange.requests()).hasSize(1);
  }

  @Test
  void aStoreThatCannotCommitTheIntentRefusesTheOrderUnavailableAndSendsNothing()
      throws Exception {
    exchange.answerSubmit(o -> ack(o, OrderState.SUBMITTED));
    engine();
    store.holdCommits();
    Result<Order> refused = engine.create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS);

    assertThat(refused).isInstanceOfSatisfying(Result.Refused.class, r -> {
      assertThat(r.refusal().code()).isEqualTo(RefusalCode.UNAVAILABLE);
      assertThat(r.refusal().message()).contains("did not commit the order's intent")
          .contains("nothing was sent");
    });
    assertThat(exchange.requests()).isEmpty();
    // a refusal does not wait for the store; the feed hands the events on its own thread
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(events).extracting(e -> e.order().state())
            .containsExactly(OrderState.NEW, OrderState.REJECTED));
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
    assertThat(order.rejectReason()).isNull();
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

  private static ExecutionReport trade(Order order, OrderState state, String tradeId,
      String lastQty, String lastPrice, String cumQty, String avgPrice) {
    return new ExecutionReport("1", order.exchangeClientId(), order.symbol(), state,
        new BigDecimal(cumQty), new BigDecimal(avgPrice), null, Instant.EPOCH,
        new TradeFill(tradeId, new BigDecimal(lastPrice), new BigDecimal(lastQty),
            new BigDecimal("0.01"), "USDT", true, Instant.EPOCH), null);
  }

  @Test
  void aRestingOrderFilledInThreePartsReportsThreeFillsAndTheAveragePrice() throws Exception {
    exchange.answerSubmit(o -> ack(o, OrderState.SUBMITTED));
    Order order = done(engine().create(limitBuy("c1", "0.03")).get(5, TimeUnit.SECONDS));
    engine.onExecution(trade(order, OrderState.PARTIALLY_FILLED, "t1", "0.01", "40000", "0.01", "40000"));
    engine.onExecution(trade(order, OrderState.PARTIALLY_FILLED, "t2", "0.01", "39990", "0.02", "39995"));
    engine.onExecution(trade(order, OrderState.FILLED, "t3", "0.01", "39980", "0.03", "39990"));
    Order filled = awaitState(order.orderId(), OrderState.FILLED);
    assertThat(filled.averagePrice()).isEqualByComparingTo("39990");
    assertThat(filled.fee()).isEqualByComparingTo("0.03");
    assertThat(events).filteredOn(e -> e.fill() != null).extracting(e -> e.fill().fillId())
        .containsExactly("t1", "t2", "t3");
    assertThat(events).extracting(OrderEvent::type).containsSubsequence(
        UpdateType.PARTIALLY_FILLED, UpdateType.PARTIALLY_FILLED, UpdateType.FILLED);
  }

  @Test
  void aTradeReportedTwiceIsAppliedOnce() throws Exception {
    exchange.answerSubmit(o -> ack(o, OrderState.SUBMITTED));
    Order order = done(engine().create(limitBuy("c1", "0.03")).get(5, TimeUnit.SECONDS));
    ExecutionReport first = trade(order, OrderState.PARTIALLY_FILLED, "t1", "0.01", "40000", "0.01", "40000");
    engine.onExecution(first);
    engine.onExecution(first);
    engine.onExecution(trade(order, OrderState.FILLED, "t2", "0.02", "40000", "0.03", "40000"));
    Order filled = awaitState(order.orderId(), OrderState.FILLED);
    assertThat(filled.fee()).isEqualByComparingTo("0.02");
    assertThat(events).filteredOn(e -> e.fill() != null).hasSize(2);
  }

  private static ExchangeOutcome filledWithoutTrade(Order order) {
    return new ExchangeOutcome.Accepted(new ExecutionReport("1", order.exchangeClientId(),
        order.symbol(), OrderState.FILLED, new BigDecimal("0.01"), new BigDecimal("40000"), null,
        Instant.EPOCH));
  }

  @Test
  void anAnswerThatOvertakesItsTradeEventLeavesTheFilledUpdateToTheEventWithItsFill()
      throws Exception {
    exchange.answerSubmit(AccountEngineTest::filledWithoutTrade);
    engine(TestSettings.fastWithStreamEventWait(Duration.ofSeconds(30)));
    var answer = engine.create(limitBuy("c1", "0.01"));
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
        events.stream().anyMatch(e -> e.type() == UpdateType.SUBMITTED));
    Order submitted = events.getLast().order();

    engine.onExecution(trade(submitted, OrderState.FILLED, "t1", "0.01", "40000", "0.01",
        "40000"));

    assertThat(done(answer.get(5, TimeUnit.SECONDS)).state()).isEqualTo(OrderState.FILLED);
    assertThat(events).extracting(OrderEvent::type).containsExactly(UpdateType.CREATED,
        UpdateType.SUBMITTED, UpdateType.FILLED);
    assertThat(events.getLast().fill().fillId()).isEqualTo("t1");
    assertThat(exchange.requests()).filteredOn(r -> r.startsWith("trades")).isEmpty();
  }

  @Test
  void withoutTradeEventsTheTradesAreFetchedAndTheFilledUpdateCarriesTheNewest()
      throws Exception {
    exchange.answerSubmit(AccountEngineTest::filledWithoutTrade);
    exchange.tradesOnExchange(List.of(
        new TradeFill("t2", new BigDecimal("40000"), new BigDecimal("0.006"),
            new BigDecimal("0.01"), "USDT", false, Instant.EPOCH.plusMillis(2)),
        new TradeFill("t1", new BigDecimal("40000"), new BigDecimal("0.004"),
            new BigDecimal("0.01"), "USDT", false, Instant.EPOCH.plusMillis(1))));

    Order order = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));

    assertThat(order.state()).isEqualTo(OrderState.FILLED);
    assertThat(order.fee()).isEqualByComparingTo("0.02");
    assertThat(events).extracting(OrderEvent::type).containsExactly(UpdateType.CREATED,
        UpdateType.SUBMITTED, UpdateType.UPDATED, UpdateType.FILLED);
    assertThat(events).extracting(e -> e.fill() == null ? null : e.fill().fillId())
        .containsExactly(null, null, "t1", "t2");
  }

  @Test
  void aFillReportedAfterTheOrderEndedStillCountsItsFee() throws Exception {
    // no trade event within the wait, and none listed yet: the answer alone ends the order
    exchange.answerSubmit(AccountEngineTest::filledWithoutTrade);
    Order order = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));
    assertThat(order.state()).isEqualTo(OrderState.FILLED);
    engine.onExecution(trade(order, OrderState.FILLED, "t1", "0.01", "40000", "0.01", "40000"));
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
        .until(() -> events.stream().anyMatch(e -> e.fill() != null));
    OrderEvent withFill = events.stream().filter(e -> e.fill() != null).findFirst().orElseThrow();
    assertThat(withFill.type()).isEqualTo(UpdateType.UPDATED);
    assertThat(withFill.order().fee()).isEqualByComparingTo("0.01");
    assertThat(withFill.order().state()).isEqualTo(OrderState.FILLED);
  }

  @Test
  void anAmendChangesPriceAndKeepsTheOrder() throws Exception {
    exchange.answerSubmit(o -> ack(o, OrderState.SUBMITTED));
    Order order = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));
    exchange.answerAmend(ack(order, OrderState.SUBMITTED));
    Order amended = done(engine.amend(order.orderId(), null, new BigDecimal("40100"))
        .get(5, TimeUnit.SECONDS));
    assertThat(amended.orderId()).isEqualTo(order.orderId());
    assertThat(amended.request().price()).isEqualByComparingTo("40100");
    assertThat(amended.request().quantity()).isEqualByComparingTo("0.01");
    assertThat(exchange.requests()).contains("amend " + order.exchangeClientId() + " 0.01@40100");
    assertThat(events).extracting(OrderEvent::type).endsWith(UpdateType.UPDATED);
  }

  @Test
  void anAmendOffTheTickIsRefusedWithoutAskingTheExchange() throws Exception {
    exchange.answerSubmit(o -> ack(o, OrderState.SUBMITTED));
    Order order = done(engine().create(limitBuy("c1", "0.01")).get(5, TimeUnit.SECONDS));
    Result<Order> result = engine.amend(order.orderId(), null, new BigDecimal("40100.05"))
        .get(5, TimeUnit.SECONDS);
    assertThat(result).isInstanceOfSatisfying(Result.Refused.class, r -> {
      assertThat(r.refusal().code()).isEqualTo(RefusalCode.INVALID_ARGUMENT);
      assertThat(r.refusal().message()).contains("tick size 0.1");
    });
    assertThat(exchange.requests()).noneMatch(r -> r.startsWith("amend"));
  }

  private Order awaitState(String orderId, OrderState state) {
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
        store.findById(orderId).map(o -> o.state() == state).orElse(false));
    return store.findById(orderId).orElseThrow();
  }
}
