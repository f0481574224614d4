package io.oes.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.core.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three Binance windows, their rollover, the cancel reserve and bursts. */
class RateLimiterTest {
  /** 3.25 s into a minute, so window starts are visibly aligned to the clock, not to the start. */
  private static final Instant START = Instant.parse("2026-03-02T12:00:03.250Z");

  private final ManualClock clock = new ManualClock(START);
  private final RateLimiter limiter = new RateLimiter(RateLimits.BINANCE_USDM);

  private int grantAll(RequestCost cost, int times) {
    int granted = 0;
    for (int i = 0; i < times; i++) {
      granted += limiter.tryAcquire(cost, clock.instant()).isGranted() ? 1 : 0;
    }
    return granted;
  }

  private Permit.Refused refused(RequestCost cost) {
    Permit permit = limiter.tryAcquire(cost, clock.instant());
    assertThat(permit).isInstanceOf(Permit.Refused.class);
    return (Permit.Refused) permit;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      weight per minute, normal priority | 1 | 0 | NORMAL | 2160 | 2026-03-02T12:01:00Z | request weight 2160 + 1 exceeds 2160 per minute (the rest is kept for cancels)
      weight per minute, cancels         | 1 | 0 | CANCEL | 2400 | 2026-03-02T12:01:00Z | request weight 2400 + 1 exceeds 2400 per minute
      orders per 10 seconds              | 0 | 1 | NORMAL | 300  | 2026-03-02T12:00:10Z | orders 300 + 1 exceed 300 per 10 s
      """)
  void grantsExactlyUpToTheLimitThenSaysWhenTheWindowRollsOver(String limit, int weight,
      int orders, Priority priority, int allowed, Instant retryAt, String reason) {
    RequestCost cost = new RequestCost(weight, orders, priority);

    assertThat(grantAll(cost, allowed)).isEqualTo(allowed);
    Permit.Refused refusal = refused(cost);

    assertThat(refusal.retryAt()).isEqualTo(retryAt);
    assertThat(refusal.reason()).isEqualTo("rate limit: " + reason);
    assertThat(refusal.message()).endsWith("; retry after " + retryAt);
  }

  @Test
  void ordersPerMinuteStopTheFifthFullTenSecondWindowUntilTheNextMinute() {
    for (int window = 0; window < 4; window++) {
      assertThat(grantAll(RequestCost.newOrder(), 300)).isEqualTo(300);
      clock.advance(Duration.ofSeconds(10));
    }

    Permit.Refused refusal = refused(RequestCost.newOrder());

    assertThat(refusal.retryAt()).isEqualTo(Instant.parse("2026-03-02T12:01:00Z"));
    assertThat(refusal.reason()).isEqualTo("rate limit: orders 1200 + 1 exceed 1200 per minute");
  }

  @Test
  void theTenSecondWindowRollsOverAtItsBoundaryNotTenSecondsAfterTheFirstOrder() {
    grantAll(RequestCost.newOrder(), 300);

    clock.advance(Duration.parse("PT6.749S"));
    assertThat(limiter.tryAcquire(RequestCost.newOrder(), clock.instant()).isGranted()).isFalse();
    clock.advance(Duration.ofMillis(1));
    assertThat(limiter.tryAcquire(RequestCost.newOrder(), clock.instant()).isGranted()).isTrue();
  }

  @Test
  void theWeightWindowRollsOverAtTheWholeMinute() {
    grantAll(RequestCost.ofWeight(40), 54);

    clock.advance(Duration.parse("PT56.749S"));
    assertThat(limiter.snapshot(clock.instant()).usedWeight1m()).isEqualTo(2160);
    clock.advance(Duration.ofMillis(1));
    assertThat(limiter.snapshot(clock.instant()).usedWeight1m()).isZero();
    assertThat(limiter.tryAcquire(RequestCost.ofWeight(40), clock.instant()).isGranted()).isTrue();
  }

  @Test
  void cancelsStillGoThroughWhenQueriesHaveUsedTheNormalBudget() {
    grantAll(RequestCost.ofWeight(1), 2160);

    assertThat(limiter.tryAcquire(RequestCost.ofWeight(1), clock.instant()).isGranted()).isFalse();
    assertThat(grantAll(RequestCost.cancel(), 240)).isEqualTo(240);
    assertThat(limiter.tryAcquire(RequestCost.cancel(), clock.instant()).isGranted()).isFalse();
  }

  @Test
  void newOrdersCostNoWeightSoAFullWeightBudgetDoesNotStopThem() {
    grantAll(RequestCost.cancel(), 2400);

    assertThat(limiter.tryAcquire(RequestCost.newOrder(), clock.instant()).isGranted()).isTrue();
  }

  @Test
  void aBurstOf500OrdersAtOneInstantGrantsExactlyTheTenSecondLimit() {
    List<Permit> permits = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      permits.add(limiter.tryAcquire(RequestCost.newOrder(), clock.instant()));
    }

    assertThat(permits.stream().filter(Permit::isGranted).count()).isEqualTo(300);
    assertThat(permits.subList(300, 500)).allSatisfy(p -> assertThat(p)
        .isInstanceOfSatisfying(Permit.Refused.class, r ->
            assertThat(r.retryAt()).isEqualTo(Instant.parse("2026-03-02T12:00:10Z"))));
    assertThat(limiter.snapshot(clock.instant()).refusals()).isEqualTo(200);
  }

  @Test
  void concurrentCallersNeverOverdrawAWindow() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> callers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        callers.add(() -> grantAll(RequestCost.newOrder(), 125));
      }
      int granted = 0;
      for (Future<Integer> result : pool.invokeAll(callers)) {
        granted += result.get();
      }
      assertThat(granted).isEqualTo(300);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCostThatCanNeverFitIsABug() {
    assertThatThrownBy(() -> limiter.tryAcquire(RequestCost.ofWeight(2161), clock.instant()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("can never fit");
  }
}
