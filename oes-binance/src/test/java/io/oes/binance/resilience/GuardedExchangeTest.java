package io.oes.binance.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.binance.rest.RateLimitUsage;
import io.oes.binance.testing.TestOrders;
import io.oes.core.order.Order;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.ratelimit.RateLimiter;
import io.oes.core.ratelimit.RateLimits;
import io.oes.core.testing.ManualClock;
import io.oes.core.testing.ScriptedExchange;
import io.oes.core.testing.TestSymbols;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuardedExchangeTest {
  private static final Instant START = Instant.parse("2026-03-02T12:00:03.250Z");
  private static final ExchangeOutcome ACCEPTED = new ExchangeOutcome.Accepted(null);
  private static final Order ORDER =
      TestOrders.limit("oes-1", Side.BUY, "0.010", "30000", TimeInForce.GTC);

  private final ManualClock clock = new ManualClock(START);
  private final ScriptedExchange exchange = scripted(ACCEPTED);
  private final AtomicReference<RateLimitUsage> usage = new AtomicReference<>(RateLimitUsage.NONE);
  private final ExchangeCircuitBreaker breaker = new ExchangeCircuitBreaker("main",
      new CircuitBreakerSettings(1, Duration.ofSeconds(30), 1), clock);

  private static ScriptedExchange scripted(ExchangeOutcome submitAnswer) {
    return new ScriptedExchange(List.of(TestSymbols.btcusdt()))
        .answerSubmit(order -> submitAnswer).answerCancel(ACCEPTED)
        .answerQuery(new ExchangeOutcome.NotFound("Order does not exist."));
  }

  private GuardedExchange guarded(RateLimiter limiter) {
    return guarded(exchange, limiter);
  }

  private GuardedExchange guarded(ScriptedExchange delegate, RateLimiter limiter) {
    return new GuardedExchange(delegate, breaker,
        new RateLimitGuard(limiter, ExchangeClock.sameAs(clock), usage::get));
  }

  private static long count(List<ExchangeOutcome> outcomes, Class<?> kind) {
    return outcomes.stream().filter(kind::isInstance).count();
  }

  @Test
  void aBurstOf500SubmitsSendsTheTenSecondLimitAndTellsTheRestWhenToRetry() {
    GuardedExchange gateway = guarded(new RateLimiter(RateLimits.BINANCE_USDM));

    List<ExchangeOutcome> outcomes = IntStream.range(0, 500)
        .mapToObj(i -> gateway.submit(ORDER).join()).toList();

    assertThat(exchange.requests()).hasSize(300);
    assertThat(count(outcomes, ExchangeOutcome.Accepted.class)).isEqualTo(300);
    assertThat(outcomes.get(300)).isEqualTo(new ExchangeOutcome.NotSent(
        "rate limit: orders 300 + 1 exceed 300 per 10 s; retry after 2026-03-02T12:00:10Z"));
    assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
  }

  @Test
  void aBatchCostsWhatBinanceCountsForOneBatchRequestAndOneBreakerCall() {
    RateLimiter limiter = new RateLimiter(RateLimits.BINANCE_USDM);
    GuardedExchange gateway = guarded(limiter);
    List<Order> three = IntStream.range(0, 3).mapToObj(i -> TestOrders.limit("oes-b" + i,
        Side.BUY, "0.010", "30000", TimeInForce.GTC)).toList();

    List<ExchangeOutcome> outcomes = gateway.submitBatch(three).join();

    assertThat(outcomes).containsOnly(ACCEPTED).hasSize(3);
    var used = limiter.snapshot(clock.instant());
    assertThat(used.usedWeight1m()).isEqualTo(5);
    assertThat(used.orderCount10s()).isEqualTo(5);
    assertThat(used.orderCount1m()).isEqualTo(1);
  }

  @Test
  void aBatchWhoseEveryOrderIsUnknownIsOneFailureOfTheBreakerAndThenNotSent() {
    ScriptedExchange failing = scripted(new ExchangeOutcome.Unknown("HTTP 503"));
    GuardedExchange gateway = guarded(failing, new RateLimiter(RateLimits.BINANCE_USDM));
    List<Order> two = List.of(ORDER, TestOrders.limit("oes-2", Side.BUY, "0.010", "30000",
        TimeInForce.GTC));

    assertThat(gateway.submitBatch(two).join()).allMatch(ExchangeOutcome.Unknown.class::isInstance);
    List<ExchangeOutcome> refused = gateway.submitBatch(two).join();

    assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    assertThat(refused).hasSize(2).allSatisfy(outcome -> assertThat(outcome)
        .isInstanceOfSatisfying(ExchangeOutcome.NotSent.class,
            notSent -> assertThat(notSent.reason()).startsWith("circuit open")));
    assertThat(failing.requests()).hasSize(1);
  }

  @Test
  void aBatchTheRateLimitCannotTakeIsNotSentForEveryOrder() {
    GuardedExchange gateway = guarded(new RateLimiter(new RateLimits(2400, 4, 1200, 10)));

    List<ExchangeOutcome> outcomes = gateway.submitBatch(List.of(ORDER,
        TestOrders.limit("oes-2", Side.BUY, "0.010", "30000", TimeInForce.GTC))).join();

    assertThat(outcomes).hasSize(2).allSatisfy(outcome -> assertThat(outcome)
        .isInstanceOfSatisfying(ExchangeOutcome.NotSent.class,
            notSent -> assertThat(notSent.reason()).contains("rate limit")));
    assertThat(exchange.requests()).isEmpty();
  }

  @Test
  void anOpenCircuitSpendsNoRateBudget() {
    RateLimiter limiter = new RateLimiter(RateLimits.BINANCE_USDM);
    GuardedExchange gateway = guarded(scripted(new ExchangeOutcome.Unknown("refused")), limiter);
    gateway.submit(ORDER).join();

    ExchangeOutcome refused = gateway.submit(ORDER).join();
    gateway.submit(ORDER).join();

    assertThat(refused).isEqualTo(new ExchangeOutcome.NotSent(
        "circuit open: exchange failing, retry after 2026-03-02T12:00:33.250Z"));
    assertThat(limiter.snapshot(clock.instant()).orderCount10s()).isEqualTo(1);
  }

  @Test
  void cancelsStillGoOutWhenQueriesHaveUsedTheNormalBudget() {
    GuardedExchange gateway = guarded(new RateLimiter(new RateLimits(100, 300, 1200, 10)));
    for (int i = 0; i < 90; i++) {
      gateway.query("BTCUSDT", "oes-" + i).join();
    }

    assertThat(gateway.query("BTCUSDT", "oes-91").join()).isInstanceOf(ExchangeOutcome.NotSent.class);
    assertThat(gateway.cancel("BTCUSDT", "oes-1").join()).isEqualTo(ACCEPTED);
  }

  @Test
  void orderCountsFromAnAcceptedOrderAnswerAreAdopted() {
    RateLimiter limiter = new RateLimiter(RateLimits.BINANCE_USDM);
    usage.set(new RateLimitUsage(2000, 290, 1000, 0, null, START));

    guarded(limiter).submit(ORDER).join();

    assertThat(limiter.snapshot(clock.instant()))
        .extracting("usedWeight1m", "orderCount10s", "orderCount1m")
        .containsExactly(2000L, 290L, 1000L);
  }

  @Test
  void orderCountsSeenWithAQueryAreNotAdoptedAsTheyMayBeStale() {
    RateLimiter limiter = new RateLimiter(RateLimits.BINANCE_USDM);
    usage.set(new RateLimitUsage(2000, 290, 1000, 0, null, START));

    guarded(limiter).query("BTCUSDT", "oes-1").join();

    assertThat(limiter.snapshot(clock.instant()))
        .extracting("usedWeight1m", "orderCount10s", "orderCount1m")
        .containsExactly(2000L, 0L, 0L);
  }

  @ParameterizedTest(name = "after HTTP {0} no request goes out until Retry-After")
  @CsvSource({"429, backing off after HTTP 429", "418, banned by the exchange (HTTP 418)"})
  void aRateLimitAnswerStopsEveryRequestUntilRetryAfter(int status, String reason) {
    RateLimiter limiter = new RateLimiter(RateLimits.BINANCE_USDM);
    GuardedExchange gateway = guarded(limiter);
    Instant retryAfter = START.plusSeconds(30);
    usage.set(new RateLimitUsage(100, 0, 0, status, retryAfter, START));
    gateway.query("BTCUSDT", "oes-1").join();

    clock.advance(Duration.parse("PT29.999S"));
    assertThat(gateway.cancel("BTCUSDT", "oes-1").join()).isEqualTo(new ExchangeOutcome.NotSent(
        reason + " until " + retryAfter + "; retry after " + retryAfter));
    assertThat(gateway.submit(ORDER).join()).isInstanceOf(ExchangeOutcome.NotSent.class);
    assertThat(exchange.requests()).containsExactly("query oes-1");
    assertThat(limiter.snapshot(clock.instant()).banned()).isEqualTo(status == 418);

    clock.advance(Duration.ofMillis(1));
    assertThat(gateway.cancel("BTCUSDT", "oes-1").join()).isEqualTo(ACCEPTED);
  }

  @Test
  void windowsRollOverOnTheExchangeClock() {
    RateLimiter limiter = new RateLimiter(RateLimits.BINANCE_USDM);
    GuardedExchange gateway = new GuardedExchange(exchange, breaker,
        new RateLimitGuard(limiter, new ExchangeClock(clock, () -> 7_000), null));
    for (int i = 0; i < 300; i++) {
      gateway.submit(ORDER).join();
    }

    assertThat(gateway.submit(ORDER).join()).isEqualTo(new ExchangeOutcome.NotSent(
        "rate limit: orders 300 + 1 exceed 300 per 10 s; retry after 2026-03-02T12:00:20Z"));
  }

  @Test
  void symbolRulesRefusedByTheRateLimitFailWithTheRetryTime() {
    GuardedExchange gateway = guarded(new RateLimiter(new RateLimits(1, 300, 1200, 0)));
    assertThat(gateway.loadSymbolRules().join()).hasSize(1);

    assertThat(gateway.loadSymbolRules()).failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .havingCause().isInstanceOfSatisfying(CallRefusedException.class,
            refused -> assertThat(refused.retryAt()).isEqualTo(Instant.parse("2026-03-02T12:01:00Z")));
    assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
  }

  @Test
  void theDeadManSwitchIsArmedEvenWhileTheCircuitIsOpen() {
    ScriptedExchange failing = scripted(new ExchangeOutcome.Unknown("connection refused"));
    GuardedExchange gateway = guarded(failing, new RateLimiter(RateLimits.BINANCE_USDM));
    gateway.submit(ORDER).join();
    assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);

    assertThat(gateway.armCancelCountdown("BTCUSDT", Duration.ofSeconds(60)).join()).isTrue();
    assertThat(failing.requests()).containsExactly("submit oes-1", "countdown BTCUSDT 60000");
  }

  @Test
  void withoutARateLimitOnlyTheBreakerGuards() {
    GuardedExchange gateway = new GuardedExchange(exchange, breaker, null);

    for (int i = 0; i < 400; i++) {
      assertThat(gateway.submit(ORDER).join()).isEqualTo(ACCEPTED);
    }
    assertThat(gateway.openOrders().join()).isEmpty();
  }
}
