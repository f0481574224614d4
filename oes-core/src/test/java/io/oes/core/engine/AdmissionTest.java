package io.oes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.feed.OrderFeed;
import io.oes.core.order.ExchangeClientIds;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExecutionReport;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.Result;
import io.oes.core.risk.KillSwitch;
import io.oes.core.risk.RiskEngine;
import io.oes.core.risk.RiskLimitsBook;
import io.oes.core.symbol.MarkPrices;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What admission makes of a request: ids, names, and the client order id as a key per user. */
class AdmissionTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-28T10:00:00Z"));
  private final ScriptedExchange exchange = new ScriptedExchange(List.of(TestSymbols.btcusdt()));
  private final MemoryStore store = new MemoryStore();
  private final MarkPrices marks = new MarkPrices();
  private AccountEngine engine;

  @BeforeEach
  void start() {
    SymbolRulesBook rules = new SymbolRulesBook();
    rules.replaceAll(List.of(TestSymbols.btcusdt()));
    OrderFeed feed = new OrderFeed(List.of(store::append), 100, 0);
    engine = new AccountEngine("main", exchange, rules, feed, store, clock,
        TestSettings.fast(), new EngineGuards(new RiskEngine(RiskLimitsBook.unlimited(),
            new KillSwitch(clock)), marks, null, clock, Optional::empty));
    exchange.answerSubmit(order -> new ExchangeOutcome.Accepted(new ExecutionReport("1",
        order.exchangeClientId(), order.symbol(), OrderState.SUBMITTED, new BigDecimal("0.000"),
        new BigDecimal("0.00"), null, Instant.EPOCH)));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  /** A request as the gRPC edge decodes it: every string its own instance. */
  private static OrderRequest decoded(String userId, String clientId, String quantity) {
    return new OrderRequest(new String(userId), clientId, new String("BTCUSDT"), Side.BUY,
        OrderType.LIMIT, null, new BigDecimal(quantity), new BigDecimal("40000"), null, false,
        false);
  }

  private Order create(OrderRequest request) throws Exception {
    Result<Order> result = engine.create(request).get(5, TimeUnit.SECONDS);
    assertThat(result).isInstanceOf(Result.Done.class);
    return ((Result.Done<Order>) result).value();
  }

  private Refusal refusal(OrderRequest request) throws Exception {
    Result<Order> result = engine.create(request).get(5, TimeUnit.SECONDS);
    assertThat(result).isInstanceOf(Result.Refused.class);
    return ((Result.Refused<Order>) result).refusal();
  }

  @Test
  void aPriceOutsideTheExchangesPercentPriceBandIsRefusedBeforeSending() throws Exception {
    marks.replaceAll(Map.of("BTCUSDT", new BigDecimal("30000")));

    assertThat(refusal(decoded("u1", "c1", "0.01")).message())
        .contains("BUY price 40000 above the exchange's PERCENT_PRICE cap 31500");
    assertThat(exchange.requests()).isEmpty();
  }

  @Test
  void theOpenOrdersOnASymbolAreHeldToTheExchangesMaxNumOrders() throws Exception {
    for (int i = 0; i < 200; i++) {
      create(decoded("u" + i % 3, "c" + i, "0.01"));
    }

    assertThat(refusal(decoded("u1", "one-more", "0.01")))
        .isEqualTo(Refusal.precondition("open orders on BTCUSDT 201 (this one included) exceed "
            + "the exchange's MAX_NUM_ORDERS 200"));
    assertThat(exchange.requests()).hasSize(200);
  }

  @Test
  void theExchangeClientIdIsDerivedFromAccountUserAndClientOrderId() throws Exception {
    Order order = create(decoded("u1", "c1", "0.01"));

    String expected = ExchangeClientIds.of("oes-", "main", "u1", "c1");
    assertThat(order.exchangeClientId()).isEqualTo(expected);
    assertThat(exchange.requests()).containsExactly("submit " + expected);
  }

  @Test
  void ordersOfOneUserAndSymbolShareTheirNames() throws Exception {
    Order first = create(decoded("u1", "c1", "0.01"));
    Order second = create(decoded("u1", "c2", "0.02"));

    assertThat(second.userId()).isEqualTo("u1").isSameAs(first.userId());
    assertThat(second.symbol()).isEqualTo("BTCUSDT").isSameAs(first.symbol());
  }

  @Test
  void anAcknowledgementKeepsTheZeroesTheOrderHeld() throws Exception {
    Order order = create(decoded("u1", "c1", "0.01"));

    assertThat(order.state()).isEqualTo(OrderState.SUBMITTED);
    assertThat(order.filledQuantity()).isSameAs(BigDecimal.ZERO);
    assertThat(order.averagePrice()).isSameAs(BigDecimal.ZERO);
  }

  @Test
  void twoUsersMayUseTheSameClientOrderIdAndEachRepeatFindsItsOwn() throws Exception {
    Order alices = create(decoded("alice", "same", "0.01"));
    Order bobs = create(decoded("bob", "same", "0.02"));

    assertThat(bobs.orderId()).isNotEqualTo(alices.orderId());
    assertThat(create(decoded("alice", "same", "0.01")).orderId()).isEqualTo(alices.orderId());
    assertThat(create(decoded("bob", "same", "0.020")).orderId()).isEqualTo(bobs.orderId());
    assertThat(exchange.requests()).hasSize(2);
  }
}
