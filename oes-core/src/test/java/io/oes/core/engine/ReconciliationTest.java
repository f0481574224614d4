package io.oes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.OrderFeed;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExchangeTerms;
import io.oes.core.port.ExecutionReport;
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

/** What oes finds when it compares its view with the exchange's, after a crash or a gap. */
class ReconciliationTest {
  private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
  private final ManualClock clock = new ManualClock(T0);
  private final ScriptedExchange exchange = new ScriptedExchange(List.of(TestSymbols.btcusdt()));
  private final MemoryStore store = new MemoryStore();
  private OrderFeed feed;
  /** The journal sequence of the last event stored before the engine started. */
  private long storedUpTo;
  private final List<OrderEvent> events = new CopyOnWriteArrayList<>();
  private AccountEngine engine;

  private AccountEngine engine() {
    SymbolRulesBook rules = new SymbolRulesBook();
    rules.replaceAll(List.of(TestSymbols.btcusdt()));
    // numbered after what the store holds, as after a restart
    feed = new OrderFeed(List.of(events::add, store::append), 100, storedUpTo);
    engine = new AccountEngine("main", exchange, rules, feed, store, clock,
        TestSettings.fast());
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

  private static OrderRequest request() {
    return new OrderRequest("u1", "c1", "BTCUSDT", Side.BUY, OrderType.LIMIT, TimeInForce.GTC,
        new BigDecimal("0.01"), new BigDecimal("40000"), null, false, false);
  }

  /** An order the previous run recorded before it died. */
  private Order storedBeforeCrash(String orderId, OrderState state, String exchangeOrderId) {
    Order order = Order.accepted(orderId, "main", request().withClientOrderId("c-" + orderId),
        "oes-", T0).withState(state, T0)
        .withExecution(BigDecimal.ZERO, BigDecimal.ZERO, exchangeOrderId, T0);
    store.append(new OrderEvent(++storedUpTo, order, io.oes.core.feed.UpdateType.SUBMITTED,
        null, T0));
    return order;
  }

  /** The exchange's report of {@code order}, as an answer given on the engine's writer. */
  private static ExecutionReport onExchange(Order order, OrderState state, String filled) {
    return report(order.exchangeClientId(), state, filled);
  }

  /**
   * The exchange's report of the order {@code orderId}: under the client id oes sent it as
   * when the order is one oes recorded, else under the prefix and that id.
   */
  private ExecutionReport onExchange(String orderId, OrderState state, String filled) {
    return report(store.findById(orderId).map(Order::exchangeClientId)
        .orElse("oes-" + orderId), state, filled);
  }

  private static ExecutionReport report(String exchangeClientId, OrderState state,
      String filled) {
    return new ExecutionReport("77", exchangeClientId, "BTCUSDT", state, new BigDecimal(filled),
        new BigDecimal("40000"), null, T0, null, new ExchangeTerms(Side.BUY, OrderType.LIMIT,
            TimeInForce.GTC, new BigDecimal("0.01"), new BigDecimal("40000"), null, false));
  }

  @Test
  void anOrderWithOesPrefixButNoIntentInTheStoreIsAdoptedUnderItsExchangeClientId()
      throws Exception {
    exchange.openOnExchange(List.of(onExchange("LEGACY1", OrderState.SUBMITTED, "0")));
    Reconciliation found = engine().reconcile(true).get(5, TimeUnit.SECONDS);
    assertThat(found.adopted()).isEqualTo(1);
    Order adopted = engine.openOrders(o -> true).get(0);
    assertThat(adopted.state()).isEqualTo(OrderState.SUBMITTED);
    assertThat(adopted.clientOrderId()).isEqualTo("oes-LEGACY1");
    assertThat(adopted.exchangeClientId()).isEqualTo("oes-LEGACY1");
    assertThat(adopted.request().price()).isEqualByComparingTo("40000");
    // the feed hands the adoption to its sinks on its own thread
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(events).extracting(e -> e.order().orderId()).contains(adopted.orderId()));
  }

  @Test
  void anIntentTheExchangeHoldsOpenIsMatchedBackToItsUserAndClientOrderId() throws Exception {
    storedBeforeCrash("W1", OrderState.NEW, null);
    exchange.openOnExchange(List.of(onExchange("W1", OrderState.SUBMITTED, "0")));
    engine().reconcile(true).get(5, TimeUnit.SECONDS);

    Order order = engine.find("W1").orElseThrow();
    assertThat(order.state()).isEqualTo(OrderState.SUBMITTED);
    assertThat(order.userId()).isEqualTo("u1");
    assertThat(order.clientOrderId()).isEqualTo("c-W1");
    assertThat(order.exchangeOrderId()).isEqualTo("77");
  }

  @Test
  void anOrderOfAnotherClientIsLeftAlone() throws Exception {
    exchange.openOnExchange(List.of(new ExecutionReport("5", "manual-trade-1", "BTCUSDT",
        OrderState.SUBMITTED, BigDecimal.ZERO, BigDecimal.ZERO, null, T0)));
    Reconciliation found = engine().reconcile(true).get(5, TimeUnit.SECONDS);
    assertThat(found.adopted()).isZero();
    assertThat(events).isEmpty();
  }

  @Test
  void anOrderThatFilledWhileOesWasDownEndsFilled() throws Exception {
    storedBeforeCrash("A1", OrderState.SUBMITTED, "77");
    exchange.answerQuery(new ExchangeOutcome.Accepted(onExchange("A1", OrderState.FILLED, "0.01")));
    Reconciliation found = engine().reconcile(true).get(5, TimeUnit.SECONDS);
    assertThat(found.corrected()).isEqualTo(1);
    assertThat(store.findById("A1").orElseThrow().state()).isEqualTo(OrderState.FILLED);
  }

  @Test
  void fillsFoundByAResyncAreCaughtUpWithTheirFeesAndLiquidity() throws Exception {
    storedBeforeCrash("F1", OrderState.SUBMITTED, "77");
    exchange.answerQuery(new ExchangeOutcome.Accepted(onExchange("F1", OrderState.FILLED, "0.01")));
    exchange.tradesOnExchange(List.of(
        new io.oes.core.port.TradeFill("t1", new BigDecimal("40000"), new BigDecimal("0.004"),
            new BigDecimal("0.032"), "USDT", true, T0),
        new io.oes.core.port.TradeFill("t2", new BigDecimal("40000"), new BigDecimal("0.006"),
            new BigDecimal("0.048"), "USDT", true, T0)));
    engine().reconcile(true).get(5, TimeUnit.SECONDS);
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
        .until(() -> events.stream().filter(e -> e.fill() != null).count() == 2);
    assertThat(events).filteredOn(e -> e.fill() != null)
        .extracting(e -> e.fill().fillId()).containsExactly("t1", "t2");
    assertThat(store.findById("F1").orElseThrow().fee()).isEqualByComparingTo("0.08");
    assertThat(exchange.requests()).contains("trades 77");
  }

  @Test
  void anIntentNotFoundStaysUnknownUntilItsRequestCanNoLongerArriveThenEndsRejected()
      throws Exception {
    storedBeforeCrash("N1", OrderState.NEW, null);
    clock.advance(Duration.ofSeconds(2));
    exchange.answerQuery(new ExchangeOutcome.NotFound("Order does not exist."));
    engine().reconcile(true).get(5, TimeUnit.SECONDS);

    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
        .until(() -> store.findById("N1").orElseThrow().state() == OrderState.UNKNOWN);
    Thread.sleep(50);
    Order unknown = store.findById("N1").orElseThrow();
    assertThat(unknown.state()).isEqualTo(OrderState.UNKNOWN);
    assertThat(unknown.rejectReason()).contains("looking the order up");
    assertThat(exchange.requests()).filteredOn(r -> r.startsWith("query")).hasSizeGreaterThan(2);

    // created at T0, recvWindow 5 s and 1 s of margin: from T0 + 6 s it can never arrive
    clock.advance(Duration.ofSeconds(4));
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
        .until(() -> store.findById("N1").orElseThrow().state() == OrderState.REJECTED);
    assertThat(store.findById("N1").orElseThrow().rejectReason())
        .contains("never reached the exchange");
    assertThat(exchange.requests()).noneMatch(r -> r.startsWith("submit"));
  }

  @Test
  void aCancelOfAnIntentStillUnknownWaitsUntilTheExchangeSaysHowItStands() throws Exception {
    storedBeforeCrash("U1", OrderState.NEW, null);
    exchange.answerQuery(new ExchangeOutcome.NotFound("Order does not exist."));
    engine().reconcile(true).get(5, TimeUnit.SECONDS);
    var cancel = engine.cancel("U1");
    Thread.sleep(100);
    assertThat(cancel).isNotDone();

    clock.advance(Duration.ofSeconds(7));
    Result<Order> answer = cancel.get(5, TimeUnit.SECONDS);
    assertThat(answer).isInstanceOfSatisfying(Result.Refused.class, r ->
        assertThat(r.refusal().message()).contains("already REJECTED"));
    assertThat(exchange.requests()).noneMatch(r -> r.startsWith("cancel"));
  }

  @Test
  void aRestoredOpenOrderCanBeCanceledAfterTheRestart() throws Exception {
    storedBeforeCrash("R1", OrderState.SUBMITTED, "77");
    exchange.openOnExchange(List.of(onExchange("R1", OrderState.SUBMITTED, "0")));
    engine().reconcile(true).get(5, TimeUnit.SECONDS);
    exchange.answerCancel(new ExchangeOutcome.Accepted(onExchange("R1", OrderState.CANCELED, "0")));
    Result<Order> canceled = engine.cancel("R1").get(5, TimeUnit.SECONDS);
    assertThat(canceled).isInstanceOfSatisfying(Result.Done.class, done ->
        assertThat(((Order) done.value()).state()).isEqualTo(OrderState.CANCELED));
  }

  @Test
  void newOrdersAreRefusedAsUnavailableWhileReconciling() throws Exception {
    var never = new java.util.concurrent.CompletableFuture<List<ExecutionReport>>();
    exchange.holdOpenOrders(never);
    engine();
    engine.reconcile(true);
    Result<Order> refused = engine.create(request()).get(5, TimeUnit.SECONDS);
    assertThat(refused).isInstanceOfSatisfying(Result.Refused.class, r -> {
      assertThat(r.refusal().code()).isEqualTo(RefusalCode.UNAVAILABLE);
      assertThat(r.refusal().message()).contains("reconciling");
    });
    never.complete(List.of());
  }

  @Test
  void theDeadManSwitchArmsSymbolsWithOpenOrdersAndDisarmsTheRest() throws Exception {
    exchange.answerSubmit(o -> new ExchangeOutcome.Accepted(onExchange(o,
        OrderState.SUBMITTED, "0")));
    Order order = ((Result.Done<Order>) engine().create(request()).get(5, TimeUnit.SECONDS))
        .value();
    DeadManSwitch deadMan = new DeadManSwitch(engine, exchange, Duration.ofSeconds(60));
    assertThat(deadMan.refresh().get(5, TimeUnit.SECONDS)).containsExactly("BTCUSDT");
    assertThat(exchange.requests()).contains("countdown BTCUSDT 60000");

    exchange.answerCancel(new ExchangeOutcome.Accepted(onExchange(order.orderId(),
        OrderState.CANCELED, "0")));
    engine.cancel(order.orderId()).get(5, TimeUnit.SECONDS);
    assertThat(deadMan.refresh().get(5, TimeUnit.SECONDS)).isEmpty();
    assertThat(exchange.requests()).contains("countdown BTCUSDT 0");
  }

  @Test
  void anOrderThatEndsWhileTheOpenOrdersAreFetchedIsNotAdoptedAgain() throws Exception {
    exchange.answerSubmit(o -> new ExchangeOutcome.Accepted(onExchange(o,
        OrderState.SUBMITTED, "0")));
    Order order = ((Result.Done<Order>) engine().create(request()).get(5, TimeUnit.SECONDS))
        .value();
    var openOrders = new java.util.concurrent.CompletableFuture<List<ExecutionReport>>();
    exchange.holdOpenOrders(openOrders);
    var reconciled = engine.reconcile(false);
    // The exchange listed the order as open, then the stream said it was canceled, before
    // the list reached the engine.
    engine.onExecution(onExchange(order.orderId(), OrderState.CANCELED, "0"));
    while (engine.find(order.orderId()).isPresent()) {
      Thread.sleep(1);
    }
    assertThat(feed.awaitDelivered(feed.lastSequence(), Duration.ofSeconds(5))).isTrue();
    int eventsBefore = events.size();
    openOrders.complete(List.of(onExchange(order.orderId(), OrderState.SUBMITTED, "0")));
    Reconciliation found = reconciled.get(5, TimeUnit.SECONDS);

    assertThat(found.adopted()).isZero();
    assertThat(engine.find(order.orderId())).isEmpty();
    assertThat(store.findById(order.orderId()).orElseThrow().state())
        .isEqualTo(OrderState.CANCELED);
    assertThat(events.subList(eventsBefore, events.size())).isEmpty();
  }

  @Test
  void anOrderGivenUpAsNeverAcknowledgedThatTurnsUpOpenIsTakenBackForItsOwner()
      throws Exception {
    exchange.answerSubmit(o -> new ExchangeOutcome.Unknown("HTTP 503"));
    exchange.answerQuery(new ExchangeOutcome.NotFound("Order does not exist."));
    Order given = ((Result.Done<Order>) engine().create(request()).get(5, TimeUnit.SECONDS))
        .value();
    assertThat(given.state()).isEqualTo(OrderState.UNKNOWN);
    clock.advance(Duration.ofSeconds(7));
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
        store.findById(given.orderId()).orElseThrow().state() == OrderState.REJECTED);
    // The request was only delayed on its way: the exchange holds the order after all.
    exchange.openOnExchange(List.of(onExchange(given.orderId(), OrderState.SUBMITTED, "0")));
    Reconciliation found = engine.reconcile(false).get(5, TimeUnit.SECONDS);

    assertThat(found.adopted()).isEqualTo(1);
    Order taken = engine.find(given.orderId()).orElseThrow();
    assertThat(taken.state()).isEqualTo(OrderState.SUBMITTED);
    assertThat(taken.userId()).isEqualTo("u1");
    assertThat(taken.clientOrderId()).isEqualTo("c1");
    assertThat(taken.rejectReason()).isNull();
  }

  @Test
  void aTradeAppliedBeforeARestartIsNotAppliedAgainAfterIt() throws Exception {
    Order stored = storedBeforeCrash("P1", OrderState.PARTIALLY_FILLED, "77")
        .withExecution(new BigDecimal("0.004"), new BigDecimal("40000"), "77", T0)
        .withFeeAdded(new BigDecimal("0.032"), "USDT");
    io.oes.core.port.TradeFill trade = new io.oes.core.port.TradeFill("t1",
        new BigDecimal("40000"), new BigDecimal("0.004"), new BigDecimal("0.032"), "USDT", true,
        T0);
    store.append(new OrderEvent(++storedUpTo, stored, io.oes.core.feed.UpdateType.PARTIALLY_FILLED,
        new io.oes.core.order.Fill("t1", "P1", "BTCUSDT", Side.BUY, trade.price(),
            trade.quantity(), trade.fee(), "USDT", true, T0), T0));
    exchange.openOnExchange(List.of(onExchange("P1", OrderState.PARTIALLY_FILLED, "0.004")));
    engine().reconcile(true).get(5, TimeUnit.SECONDS);

    // the stream replays the trade the previous run had applied
    ExecutionReport replayed = new ExecutionReport("77", stored.exchangeClientId(), "BTCUSDT",
        OrderState.PARTIALLY_FILLED, new BigDecimal("0.004"), new BigDecimal("40000"), null, T0,
        trade, null);
    engine.onExecution(replayed);
    engine.find("P1").orElseThrow();
    Thread.sleep(100);

    assertThat(events).noneMatch(e -> e.fill() != null);
    assertThat(engine.find("P1").orElseThrow().fee()).isEqualByComparingTo("0.032");
  }

  @Test
  void anOrderFilledWhileTheGatewayWasDownGetsItsTradesOnceAfterTheRestart() throws Exception {
    Order stored = storedBeforeCrash("M1", OrderState.FILLED, "77")
        .withExecution(new BigDecimal("0.01"), new BigDecimal("40000"), "77", T0);
    store.append(new OrderEvent(++storedUpTo, stored, io.oes.core.feed.UpdateType.FILLED, null,
        T0));
    exchange.tradesOnExchange(List.of(new io.oes.core.port.TradeFill("t7",
        new BigDecimal("40000"), new BigDecimal("0.01"), new BigDecimal("0.16"), "USDT", false,
        T0)));
    engine().reconcile(true).get(5, TimeUnit.SECONDS);

    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
        .until(() -> events.stream().anyMatch(e -> e.fill() != null));
    engine.reconcile(false).get(5, TimeUnit.SECONDS);
    Thread.sleep(100);

    assertThat(events).filteredOn(e -> e.fill() != null).extracting(e -> e.fill().fillId())
        .containsExactly("t7");
    assertThat(store.findById("M1").orElseThrow().fee()).isEqualByComparingTo("0.16");
    assertThat(store.findById("M1").orElseThrow().state()).isEqualTo(OrderState.FILLED);
  }
}
