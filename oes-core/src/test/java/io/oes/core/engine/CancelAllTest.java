package io.oes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.feed.OrderFeed;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling every open order of a symbol: one exchange request for the acknowledged ones, each
 * order's end taken from the stream, and one cancel per order wherever that cannot be relied on.
 */
class CancelAllTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T10:00:00Z"));
  private final ScriptedExchange exchange = new ScriptedExchange(List.of(TestSymbols.btcusdt()));
  private final MemoryStore store = new MemoryStore();
  private AccountEngine engine;

  private void start(Duration streamEventWait) {
    SymbolRulesBook rules = new SymbolRulesBook();
    rules.replaceAll(List.of(TestSymbols.btcusdt()));
    engine = new AccountEngine("main", exchange, rules,
        new OrderFeed(List.of(store::append), 100, 0), store, clock,
        TestSettings.fastWithStreamEventWait(streamEventWait));
    exchange.answerSubmit(order -> new ExchangeOutcome.Accepted(report(order,
        OrderState.SUBMITTED)));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private static ExecutionReport report(Order order, OrderState state) {
    return new ExecutionReport("x-" + order.clientOrderId(), order.exchangeClientId(),
        order.symbol(), state, BigDecimal.ZERO, BigDecimal.ZERO, null, Instant.EPOCH);
  }

  private List<Order> restingOrders(int count, OrderType type) throws Exception {
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      OrderRequest request = new OrderRequest("u" + i % 2, "c" + type + i, "BTCUSDT", Side.BUY,
          type, TimeInForce.GTC, new BigDecimal("0.01"), new BigDecimal("40000"),
          type.isConditional() ? new BigDecimal("41000") : null, false, false);
      Result<Order> created = engine.create(request).get(5, TimeUnit.SECONDS);
      orders.add(((Result.Done<Order>) created).value());
    }
    return orders;
  }

  /** Cancels all of BTCUSDT, the exchange confirming a cancel of each of {@code orders}. */
  private List<OrderEngine.CancelResult> cancelAllAnsweringEachCancel(List<Order> orders)
      throws Exception {
    orders.forEach(order -> exchange.answerCancel(new ExchangeOutcome.Accepted(
        report(order, OrderState.CANCELED))));
    return engine.cancelAllOn("BTCUSDT").get(5, TimeUnit.SECONDS);
  }

  private static List<OrderState> statesOf(List<OrderEngine.CancelResult> results) {
    return results.stream()
        .map(r -> ((Result.Done<Order>) r.result()).value().state()).toList();
  }

  @Test
  void theAcknowledgedOrdersOfASymbolGoWithOneRequestAndEndByTheStream() throws Exception {
    start(Duration.ofSeconds(30));
    List<Order> orders = restingOrders(3, OrderType.LIMIT);

    var cancelAll = engine.cancelAllOn("BTCUSDT");
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
        .until(() -> exchange.requests().contains("cancel-all BTCUSDT"));
    orders.forEach(order -> engine.onExecution(report(order, OrderState.CANCELED)));

    List<OrderEngine.CancelResult> results = cancelAll.get(5, TimeUnit.SECONDS);
    assertThat(results).extracting(OrderEngine.CancelResult::orderId)
        .containsExactlyInAnyOrderElementsOf(orders.stream().map(Order::orderId).toList());
    assertThat(statesOf(results)).containsOnly(OrderState.CANCELED);
    assertThat(exchange.requests()).filteredOn(r -> r.startsWith("cancel"))
        .containsExactly("cancel-all BTCUSDT");
  }

  @Test
  void anOrderTheStreamDoesNotEndInTimeIsCanceledOnItsOwn() throws Exception {
    start(Duration.ofMillis(200));
    List<Order> orders = restingOrders(2, OrderType.LIMIT);
    List<OrderEngine.CancelResult> results = cancelAllAnsweringEachCancel(orders);

    assertThat(statesOf(results)).containsExactly(OrderState.CANCELED, OrderState.CANCELED);
    assertThat(exchange.requests()).filteredOn(r -> r.startsWith("cancel"))
        .startsWith("cancel-all BTCUSDT").hasSize(3);
  }

  @Test
  void anUnconfirmedBulkCancelFallsBackToOneCancelPerOrder() throws Exception {
    start(Duration.ofSeconds(30));
    List<Order> orders = restingOrders(2, OrderType.LIMIT);
    exchange.confirmCancelAll(false);

    List<OrderEngine.CancelResult> results = cancelAllAnsweringEachCancel(orders);

    assertThat(statesOf(results)).containsExactly(OrderState.CANCELED, OrderState.CANCELED);
    assertThat(exchange.requests()).filteredOn(r -> r.startsWith("cancel"))
        .startsWith("cancel-all BTCUSDT").containsExactlyInAnyOrder("cancel-all BTCUSDT",
            "cancel " + orders.get(0).exchangeClientId(),
            "cancel " + orders.get(1).exchangeClientId());
  }

  @Test
  void conditionalOrdersAreNotLeftToTheBulkCancelWhichDoesNotReachThem() throws Exception {
    start(Duration.ofSeconds(30));
    Order stop = restingOrders(1, OrderType.STOP_LIMIT).getFirst();

    List<OrderEngine.CancelResult> results = cancelAllAnsweringEachCancel(List.of(stop));

    assertThat(statesOf(results)).containsExactly(OrderState.CANCELED);
    assertThat(exchange.requests()).filteredOn(r -> r.startsWith("cancel"))
        .containsExactly("cancel " + stop.exchangeClientId());
  }

  @Test
  void aSymbolWithoutOpenOrdersSendsNothing() throws Exception {
    start(Duration.ofSeconds(30));

    assertThat(engine.cancelAllOn("BTCUSDT").get(5, TimeUnit.SECONDS)).isEmpty();
    assertThat(exchange.requests()).isEmpty();
  }
}
