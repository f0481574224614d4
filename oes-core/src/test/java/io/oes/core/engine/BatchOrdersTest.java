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
import io.oes.core.port.OrderCache;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Batches of orders: each item admitted on its own on the account's writer, the admitted ones'
 * intents committed together before anything is sent, then sent in exchange requests of at most
 * five, each item's outcome applied as a single order's would be.
 */
class BatchOrdersTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-12-08T10:00:00Z"));
  private final ScriptedExchange exchange = new ScriptedExchange(List.of(TestSymbols.btcusdt()));
  private final List<OrderEvent> events = new CopyOnWriteArrayList<>();
  private final MemoryStore store = new MemoryStore();
  private final OrderFeed feed = new OrderFeed(List.of(events::add, store::append), 1000, 0);
  private final List<AccountEngine> engines = new ArrayList<>();
  private AccountEngine engine;

  private AccountEngine engine() {
    return engine(TestSettings.fast());
  }

  private AccountEngine engine(EngineSettings settings) {
    engine = engine("main", exchange, settings);
    return engine;
  }

  private AccountEngine engine(String accountId, ScriptedExchange venue,
      EngineSettings settings) {
    SymbolRulesBook rules = new SymbolRulesBook();
    rules.replaceAll(List.of(TestSymbols.btcusdt()));
    AccountEngine started = new AccountEngine(accountId, venue, rules, feed, store, clock,
        settings);
    engines.add(started);
    return started;
  }

  @AfterEach
  void close() {
    engines.forEach(AccountEngine::close);
  }

  private static OrderRequest limitBuy(String user, String clientId, String qty) {
    return new OrderRequest(user, clientId, "BTCUSDT", Side.BUY, OrderType.LIMIT, null,
        new BigDecimal(qty), new BigDecimal("40000"), null, false, false);
  }

  private static OrderRequest limitBuy(String clientId) {
    return limitBuy("u1", clientId, "0.01");
  }

  private static List<OrderRequest> limitBuys(String prefix, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> limitBuy(prefix + i)).toList();
  }

  private static ExecutionReport report(String exchangeClientId, OrderState state) {
    return new ExecutionReport("x-" + exchangeClientId, exchangeClientId, "BTCUSDT", state,
        BigDecimal.ZERO, BigDecimal.ZERO, null, Instant.EPOCH);
  }

  private static ExchangeOutcome ack(Order order) {
    return new ExchangeOutcome.Accepted(report(order.exchangeClientId(), OrderState.SUBMITTED));
  }

  private static List<Result<Order>> all(List<CompletableFuture<Result<Order>>> answers)
      throws Exception {
    CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    return answers.stream().map(CompletableFuture::join).toList();
  }

  private static Order done(Result<Order> result) {
    assertThat(result).isInstanceOf(Result.Done.class);
    return ((Result.Done<Order>) result).value();
  }

  private static void refused(Result<Order> result, RefusalCode code, String... words) {
    assertThat(result).isInstanceOfSatisfying(Result.Refused.class, refused -> {
      assertThat(refused.refusal().code()).isEqualTo(code);
      assertThat(refused.refusal().message()).contains(words);
    });
  }

  private List<String> batchRequests() {
    return exchange.requests().stream().filter(r -> r.startsWith("batch ")).toList();
  }

  private static List<String> idsOf(String batchRequest) {
    return Arrays.asList(batchRequest.substring(batchRequest.indexOf(' ') + 1).split(","));
  }

  @Test
  void twelveOrdersGoToTheExchangeInRequestsOfFiveFiveAndTwoAndAnswerInOrder() throws Exception {
    exchange.answerSubmit(BatchOrdersTest::ack);
    List<Result<Order>> results = all(engine().createBatch(limitBuys("c", 12)));

    assertThat(results).extracting(result -> done(result).clientOrderId())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 12).mapToObj(i -> "c" + i).toList());
    assertThat(results).extracting(result -> done(result).state())
        .containsOnly(OrderState.SUBMITTED);
    assertThat(exchange.requests()).hasSize(3).allMatch(r -> r.startsWith("batch "));
    assertThat(batchRequests()).extracting(r -> idsOf(r).size()).containsExactly(5, 5, 2);
    assertThat(batchRequests().stream().flatMap(r -> idsOf(r).stream()).toList())
        .containsExactlyElementsOf(results.stream().map(r -> done(r).exchangeClientId())
            .toList());
  }

  @Test
  void aMalformedItemIsRefusedAloneWithFieldValueAndRuleAndTheOthersArePlaced()
      throws Exception {
    exchange.answerSubmit(BatchOrdersTest::ack);
    OrderRequest noSide = new OrderRequest("u1", "c4", "BTCUSDT", null, OrderType.LIMIT, null,
        new BigDecimal("0.01"), new BigDecimal("40000"), null, false, false);
    List<Result<Order>> results = all(engine().createBatch(List.of(limitBuy("c1"),
        limitBuy("u1", "c2", "0.0001"), limitBuy("c3"), noSide)));

    assertThat(done(results.get(0)).state()).isEqualTo(OrderState.SUBMITTED);
    refused(results.get(1), RefusalCode.INVALID_ARGUMENT, "quantity 0.0001",
        "below minimum 0.001");
    assertThat(done(results.get(2)).state()).isEqualTo(OrderState.SUBMITTED);
    refused(results.get(3), RefusalCode.INVALID_ARGUMENT, "side is required");
    assertThat(batchRequests()).singleElement().satisfies(request -> assertThat(idsOf(request))
        .containsExactly(done(results.get(0)).exchangeClientId(),
            done(results.get(2)).exchangeClientId()));
    assertThat(events).filteredOn(e -> e.type() == UpdateType.CREATED).hasSize(2);
  }

  @Test
  void nothingIsSentUntilEveryAdmittedItemsIntentIsCommitted() throws Exception {
    exchange.answerSubmit(BatchOrdersTest::ack);
    engine();
    store.holdCommits();
    List<CompletableFuture<Result<Order>>> answers = engine.createBatch(limitBuys("c", 3));
    Thread.sleep(200);
    assertThat(exchange.requests()).isEmpty();
    assertThat(events).extracting(OrderEvent::type).containsExactly(UpdateType.CREATED,
        UpdateType.CREATED, UpdateType.CREATED);
    assertThat(answers).noneMatch(CompletableFuture::isDone);

    store.commitAll();
    assertThat(all(answers)).extracting(result -> done(result).state())
        .containsOnly(OrderState.SUBMITTED);
    assertThat(exchange.requests()).singleElement().satisfies(r -> assertThat(idsOf(r))
        .hasSize(3));
  }

  @Test
  void aStoreThatDoesNotCommitTheIntentsRefusesEveryItemUnavailableAndSendsNothing()
      throws Exception {
    exchange.answerSubmit(BatchOrdersTest::ack);
    engine();
    store.holdCommits();
    List<Result<Order>> results = all(engine.createBatch(List.of(limitBuy("c1"),
        limitBuy("u1", "c2", "0.0001"), limitBuy("c3"))));

    refused(results.get(0), RefusalCode.UNAVAILABLE, "did not commit the order's intent",
        "nothing was sent");
    refused(results.get(1), RefusalCode.INVALID_ARGUMENT, "quantity 0.0001");
    refused(results.get(2), RefusalCode.UNAVAILABLE, "did not commit the order's intent");
    assertThat(exchange.requests()).isEmpty();
    assertThat(events).extracting(e -> e.order().state()).containsExactlyInAnyOrder(
        OrderState.NEW, OrderState.NEW, OrderState.REJECTED, OrderState.REJECTED);
  }

  @Test
  void theSameBatchAgainPlacesNoSecondOrderAndAChangedItemIsAlreadyExists() throws Exception {
    exchange.answerSubmit(BatchOrdersTest::ack);
    List<Order> first = all(engine().createBatch(limitBuys("c", 3))).stream()
        .map(BatchOrdersTest::done).toList();

    List<Order> again = all(engine.createBatch(limitBuys("c", 3))).stream()
        .map(BatchOrdersTest::done).toList();
    List<Result<Order>> changed = all(engine.createBatch(List.of(limitBuy("c1"),
        limitBuy("u1", "c2", "0.02"), limitBuy("c3"))));

    assertThat(again).extracting(Order::orderId)
        .containsExactlyElementsOf(first.stream().map(Order::orderId).toList());
    assertThat(done(changed.get(0)).orderId()).isEqualTo(first.get(0).orderId());
    refused(changed.get(1), RefusalCode.ALREADY_EXISTS, "client_order_id c2 is already used");
    assertThat(done(changed.get(2)).orderId()).isEqualTo(first.get(2).orderId());
    assertThat(exchange.requests()).hasSize(1);
    assertThat(events).filteredOn(e -> e.type() == UpdateType.CREATED).hasSize(3);
  }

  @Test
  void anItemRepeatingAnEarlierItemsClientIdIsThatOrderAndIsSentOnce() throws Exception {
    exchange.answerSubmit(BatchOrdersTest::ack);
    List<Result<Order>> results = all(engine().createBatch(List.of(limitBuy("c1"),
        limitBuy("c1"), limitBuy("u1", "c1", "0.02"))));

    assertThat(done(results.get(1)).orderId()).isEqualTo(done(results.get(0)).orderId());
    refused(results.get(2), RefusalCode.ALREADY_EXISTS, "client_order_id c1");
    // a lone order goes as a single one
    assertThat(exchange.requests())
        .containsExactly("submit " + done(results.get(0)).exchangeClientId());
  }

  @Test
  void conditionalOrdersGoOneByOneAndTheOthersTogether() throws Exception {
    exchange.answerSubmit(BatchOrdersTest::ack);
    OrderRequest stop = new OrderRequest("u1", "s1", "BTCUSDT", Side.SELL,
        OrderType.STOP_MARKET, null, new BigDecimal("0.01"), null, new BigDecimal("39000"),
        false, false);
    List<Order> placed = all(engine().createBatch(List.of(limitBuy("c1"), stop,
        limitBuy("c2")))).stream().map(BatchOrdersTest::done).toList();

    assertThat(placed).extracting(Order::clientOrderId).containsExactly("c1", "s1", "c2");
    assertThat(exchange.requests()).containsExactlyInAnyOrder(
        "submit " + placed.get(1).exchangeClientId(),
        "batch " + placed.get(0).exchangeClientId() + "," + placed.get(2).exchangeClientId());
  }

  @Test
  void eachItemsOutcomeIsAppliedAsASingleOrdersWouldBe() throws Exception {
    exchange.answerBatch(orders -> List.of(ack(orders.get(0)),
        new ExchangeOutcome.Rejected(-2019, "Margin is insufficient."),
        new ExchangeOutcome.NotSent("throttled, HTTP 400 code -1008")));
    List<Result<Order>> results = all(engine().createBatch(limitBuys("c", 3)));

    assertThat(done(results.get(0)).state()).isEqualTo(OrderState.SUBMITTED);
    Order rejected = done(results.get(1));
    assertThat(rejected.state()).isEqualTo(OrderState.REJECTED);
    assertThat(rejected.rejectReason()).contains("Margin is insufficient.").contains("-2019");
    refused(results.get(2), RefusalCode.UNAVAILABLE, "not sent to the exchange", "-1008");
  }

  @Test
  void anUnknownOutcomeOfABatchRequestLeavesEachItemUnknownUntilItsLookUpSettlesIt()
      throws Exception {
    exchange.answerBatch(orders -> orders.stream().<ExchangeOutcome>map(order ->
        new ExchangeOutcome.Unknown("execution status unknown, HTTP 503")).toList());
    exchange.answerQueriesBy(clientId -> new ExchangeOutcome.Unknown("still down"));
    List<Order> answered = all(engine(TestSettings.fastWithStreamEventWait(
        Duration.ofMillis(300))).createBatch(limitBuys("c", 3))).stream()
        .map(BatchOrdersTest::done).toList();

    assertThat(answered).extracting(Order::state).containsOnly(OrderState.UNKNOWN);
    assertThat(answered).allSatisfy(order -> assertThat(order.rejectReason())
        .contains("HTTP 503").contains("looking the order up"));
    assertThat(events).filteredOn(e -> e.type() == UpdateType.UNKNOWN).hasSize(3);

    exchange.answerQueriesBy(clientId -> clientId.equals(answered.get(1).exchangeClientId())
        ? new ExchangeOutcome.Accepted(new ExecutionReport("x-2", clientId, "BTCUSDT",
            OrderState.FILLED, new BigDecimal("0.01"), new BigDecimal("39990"), null,
            Instant.EPOCH))
        : new ExchangeOutcome.Accepted(report(clientId, OrderState.SUBMITTED)));
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> answered.stream()
        .noneMatch(order -> store.findById(order.orderId()).orElseThrow().state()
            == OrderState.UNKNOWN));

    assertThat(answered).extracting(order -> store.findById(order.orderId()).orElseThrow()
        .state()).containsExactly(OrderState.SUBMITTED, OrderState.FILLED, OrderState.SUBMITTED);
    assertThat(exchange.requests()).filteredOn(r -> r.startsWith("batch ")).hasSize(1);
    assertThat(exchange.requests()).filteredOn(r -> r.startsWith("submit ")).isEmpty();
    answered.forEach(order -> assertThat(exchange.requests())
        .contains("query " + order.exchangeClientId()));
  }

  @Test
  void itemsOfUsersOnDifferentAccountsGoToTheirOwnAccounts() throws Exception {
    ScriptedExchange alphaVenue = exchange;
    ScriptedExchange betaVenue = new ScriptedExchange(List.of(TestSymbols.btcusdt()));
    alphaVenue.answerSubmit(BatchOrdersTest::ack);
    betaVenue.answerSubmit(BatchOrdersTest::ack);
    AccountEngine alpha = engine("alpha", alphaVenue, TestSettings.fast());
    AccountEngine beta = engine("beta", betaVenue, TestSettings.fast());
    OrderEngine orders = new OrderEngine(List.of(alpha, beta),
        new AccountRouter(Map.of("alice", "alpha", "bob", "beta"), "alpha"), new NoCache(),
        store);

    List<Order> placed = all(orders.createBatch(List.of(limitBuy("alice", "a1", "0.01"),
        limitBuy("bob", "b1", "0.01"), limitBuy("alice", "a2", "0.01"),
        limitBuy("bob", "b2", "0.01")))).stream().map(BatchOrdersTest::done).toList();

    assertThat(placed).extracting(Order::clientOrderId).containsExactly("a1", "b1", "a2", "b2");
    assertThat(placed).extracting(Order::accountId)
        .containsExactly("alpha", "beta", "alpha", "beta");
    assertThat(alphaVenue.requests()).singleElement().satisfies(r -> assertThat(idsOf(r))
        .containsExactly(placed.get(0).exchangeClientId(), placed.get(2).exchangeClientId()));
    assertThat(betaVenue.requests()).singleElement().satisfies(r -> assertThat(idsOf(r))
        .containsExactly(placed.get(1).exchangeClientId(), placed.get(3).exchangeClientId()));
  }

  @Test
  void cancelsOfOneSymbolGoInRequestsOfAtMostTenAndEachItemAnswersItsOwnOutcome()
      throws Exception {
    exchange.answerBatch(orders -> orders.stream().map(BatchOrdersTest::ack).toList());
    exchange.answerSubmit(order -> new ExchangeOutcome.Rejected(-2019, "Margin is insufficient."));
    exchange.answerCancelsBy(clientId ->
        new ExchangeOutcome.Accepted(report(clientId, OrderState.CANCELED)));
    engine();
    List<Order> open = new ArrayList<>();
    for (Result<Order> result : all(engine.createBatch(limitBuys("c", 12)))) {
      open.add(done(result));
    }
    Order finished = done(all(engine.createBatch(List.of(limitBuy("doomed")))).getFirst());
    assertThat(finished.state()).isEqualTo(OrderState.REJECTED);

    List<String> ids = new ArrayList<>(open.stream().map(Order::orderId).toList());
    ids.add(finished.orderId());
    ids.add("no-such-order");
    ids.add(open.getFirst().orderId());
    List<Result<Order>> results = all(engine.cancelBatch(ids));

    assertThat(results.subList(0, 12)).extracting(result -> done(result).state())
        .containsOnly(OrderState.CANCELED);
    refused(results.get(12), RefusalCode.FAILED_PRECONDITION, "already REJECTED");
    refused(results.get(13), RefusalCode.NOT_FOUND, "no-such-order");
    assertThat(done(results.get(14)).orderId()).isEqualTo(open.getFirst().orderId());
    List<String> cancels = exchange.requests().stream()
        .filter(r -> r.startsWith("cancel")).toList();
    assertThat(cancels).hasSize(2).allMatch(r -> r.startsWith("cancel-batch BTCUSDT "));
    assertThat(cancels).extracting(r -> r.split(" ")[2].split(",").length)
        .containsExactly(10, 2);
  }

  @Test
  void aBatchCancelsSoleOrderOfASymbolGoesAsASingleCancel() throws Exception {
    exchange.answerSubmit(BatchOrdersTest::ack);
    exchange.answerCancelsBy(clientId ->
        new ExchangeOutcome.Accepted(report(clientId, OrderState.CANCELED)));
    Order order = done(all(engine().createBatch(List.of(limitBuy("c1")))).getFirst());

    Order canceled = done(all(engine.cancelBatch(List.of(order.orderId()))).getFirst());

    assertThat(canceled.state()).isEqualTo(OrderState.CANCELED);
    assertThat(exchange.requests()).contains("cancel " + order.exchangeClientId());
  }

  /** No cache: every read falls back to the engines and the store. */
  private static final class NoCache implements OrderCache {
    @Override
    public void put(Order order) {}

    @Override
    public Optional<Order> get(String orderId) {
      return Optional.empty();
    }

    @Override
    public Optional<Order> getByClientOrderId(String userId, String clientOrderId) {
      return Optional.empty();
    }
  }
}
