package io.oes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.feed.OrderFeed;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExecutionReport;
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
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The engine stepped one command at a time on the test's thread, with a manual clock: what the
 * writer does at each step, and that it never waits for the store.
 */
class SteppedWriterTest {
  private static final Duration WITHIN = Duration.ofSeconds(5);

  private final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T10:00:00Z"));
  private final ScriptedExchange exchange = new ScriptedExchange(List.of(TestSymbols.btcusdt()));
  private final MemoryStore store = new MemoryStore();
  private final SteppedCommands commands = new SteppedCommands();

  private AccountEngine engine() {
    SymbolRulesBook rules = new SymbolRulesBook();
    rules.replaceAll(List.of(TestSymbols.btcusdt()));
    return new AccountEngine("main", exchange, rules,
        new OrderFeed(List.of(store::append), 100, 0), store, clock, TestSettings.fast(),
        EngineGuards.none(clock), commands.writer());
  }

  private static OrderRequest limitBuy(String clientId) {
    return new OrderRequest("u1", clientId, "BTCUSDT", Side.BUY, OrderType.LIMIT, null,
        new BigDecimal("0.01"), new BigDecimal("40000"), null, false, false);
  }

  private static ExchangeOutcome acknowledged(Order order) {
    return new ExchangeOutcome.Accepted(new ExecutionReport("1", order.exchangeClientId(),
        order.symbol(), OrderState.SUBMITTED, BigDecimal.ZERO, BigDecimal.ZERO, null,
        Instant.EPOCH));
  }

  private static OrderState stateOf(AccountEngine engine) {
    return engine.openOrders(order -> true).stream().map(Order::state).findFirst()
        .orElse(null);
  }

  @Test
  void anOrderLeavesForTheExchangeOnlyOnceItsIntentIsCommitted() throws Exception {
    exchange.answerSubmit(SteppedWriterTest::acknowledged);
    AccountEngine engine = engine();
    commands.runUntilDone(engine.clientIdsLoaded(), WITHIN);
    store.holdCommits();

    CompletableFuture<Result<Order>> answer = engine.create(limitBuy("c1"));
    commands.runAll();
    assertThat(stateOf(engine)).isEqualTo(OrderState.NEW);
    assertThat(exchange.requests()).isEmpty();

    store.commitAll();
    assertThat(commands.runUntilDone(answer, WITHIN)).isInstanceOf(Result.Done.class);
    assertThat(exchange.requests()).hasSize(1).allMatch(request -> request.startsWith("submit"));
    assertThat(stateOf(engine)).isEqualTo(OrderState.SUBMITTED);
  }

  @Test
  void aStoreReadNeverHoldsUpTheWriter() throws Exception {
    exchange.answerSubmit(SteppedWriterTest::acknowledged);
    store.holdReads(); // the client order ids never finish loading, and look-ups wait
    AccountEngine engine = engine();

    CompletableFuture<Result<Order>> answer = engine.create(limitBuy("c1"));
    assertThat(commands.runAll()).isPositive(); // returns: the look-up went off the writer
    assertThat(answer).isNotDone();
    assertThat(stateOf(engine)).isNull();
    assertThat(exchange.requests()).isEmpty();

    store.releaseReads();
    assertThat(commands.runUntilDone(answer, WITHIN)).isInstanceOf(Result.Done.class);
    assertThat(stateOf(engine)).isEqualTo(OrderState.SUBMITTED);
    assertThat(store.readThreads()).isNotEmpty()
        .allMatch(thread -> thread.startsWith("store-read-main"));
  }

  @Test
  void anOrderNotFoundIsSettledNeverArrivedOnlyOnceItsRequestHasExpired() throws Exception {
    exchange.answerSubmit(order -> new ExchangeOutcome.Unknown("read timed out", "timeout"));
    exchange.answerQuery(new ExchangeOutcome.NotFound("Order does not exist."));
    AccountEngine engine = engine();
    commands.runUntilDone(engine.clientIdsLoaded(), WITHIN);

    engine.create(limitBuy("c1"));
    commands.runUntil(() -> stateOf(engine) == OrderState.UNKNOWN, WITHIN);

    commands.runNext(WITHIN); // a look-up answered "not found" before the request's expiry
    assertThat(stateOf(engine)).isEqualTo(OrderState.UNKNOWN);

    clock.advance(Duration.ofSeconds(6)); // recvWindow 5 s and the clock margin of 1 s
    commands.runUntil(() -> engine.openOrders(order -> true).isEmpty(), WITHIN);
    Order settled = Awaitility.await().atMost(WITHIN)
        .until(() -> store.findByClientOrderId("u1", "c1").orElseThrow(),
            order -> order.state() == OrderState.REJECTED);
    assertThat(settled.rejectReason()).startsWith("never reached the exchange");
  }
}
