package io.oes.binance.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.oes.core.port.ExchangeOutcome;
import io.oes.core.testing.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExchangeCircuitBreakerTest {
  private static final Instant START = Instant.parse("2026-03-02T12:00:00Z");
  private static final ExchangeOutcome UNKNOWN = new ExchangeOutcome.Unknown("connection failed");
  private static final ExchangeOutcome ACCEPTED = new ExchangeOutcome.Accepted(null);

  private final ManualClock clock = new ManualClock(START);
  private final ExchangeCircuitBreaker breaker = new ExchangeCircuitBreaker("main",
      new CircuitBreakerSettings(3, Duration.ofSeconds(10), 1), clock);
  private final AtomicInteger calls = new AtomicInteger();
  private final List<BreakerTransition> transitions = new ArrayList<>();

  ExchangeCircuitBreakerTest() {
    breaker.onTransition(transitions::add);
  }

  private ExchangeOutcome call(ExchangeOutcome answer) {
    return breaker.call(() -> {
      calls.incrementAndGet();
      return CompletableFuture.completedFuture(answer);
    }).join();
  }

  private void callAll(ExchangeOutcome answer, int times) {
    for (int i = 0; i < times; i++) {
      call(answer);
    }
  }

  @Test
  void opensAfterTheThresholdOfConsecutiveFailuresAndStopsCalling() {
    callAll(UNKNOWN, 2);
    assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);

    call(UNKNOWN);
    ExchangeOutcome refused = call(ACCEPTED);

    assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    assertThat(calls).hasValue(3);
    assertThat(refused).isEqualTo(new ExchangeOutcome.NotSent(
        "circuit open: exchange failing, retry after 2026-03-02T12:00:10Z"));
    assertThat(breaker.retryAt()).isEqualTo(START.plusSeconds(10));
  }

  @Test
  void aSuccessBetweenFailuresKeepsItClosed() {
    callAll(UNKNOWN, 2);
    call(ACCEPTED);
    callAll(UNKNOWN, 2);

    assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
  }

  static List<ExchangeOutcome> healthyAnswers() {
    return List.of(ACCEPTED, new ExchangeOutcome.Rejected(-4014, "Price not increased by tick size."),
        new ExchangeOutcome.NotFound("Order does not exist."));
  }

  @ParameterizedTest(name = "{0} is a healthy exchange answering")
  @MethodSource("healthyAnswers")
  void venueAnswersNeverOpenIt(ExchangeOutcome answer) {
    callAll(answer, 10);

    assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
  }

  @Test
  void requestsThatNeverLeftCountForNothing() {
    callAll(new ExchangeOutcome.NotSent("rate limit: orders 300 + 1 exceed 300 per 10 s"), 10);
    callAll(UNKNOWN, 2);

    assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
  }

  @Test
  void aServiceUnavailableAnswerIsAFailure() {
    callAll(new ExchangeOutcome.NotSent("exchange unavailable, HTTP 503: Service Unavailable."), 3);

    assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
  }

  @Test
  void aFutureThatFailsIsAFailure() {
    for (int i = 0; i < 3; i++) {
      breaker.callForValue(() -> CompletableFuture.failedFuture(new IOException("refused")));
    }

    assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
  }

  @Test
  void afterTheWaitOneProbeThatSucceedsClosesIt() {
    callAll(UNKNOWN, 3);
    clock.advance(Duration.ofSeconds(10));
    call(ACCEPTED);
    assertThat(calls).hasValue(3);

    clock.advance(Duration.ofMillis(1));
    assertThat(call(ACCEPTED)).isEqualTo(ACCEPTED);

    assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
    assertThat(transitions).extracting(BreakerTransition::from, BreakerTransition::to,
        BreakerTransition::at).containsExactly(
            tuple(BreakerState.CLOSED, BreakerState.OPEN, START),
            tuple(BreakerState.OPEN, BreakerState.HALF_OPEN, START.plusMillis(10_001)),
            tuple(BreakerState.HALF_OPEN, BreakerState.CLOSED, START.plusMillis(10_001)));
  }

  @Test
  void aProbeThatFailsOpensItAgainForAnotherWait() {
    callAll(UNKNOWN, 3);
    clock.advance(Duration.ofMillis(10_001));

    call(UNKNOWN);

    assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    assertThat(breaker.retryAt()).isEqualTo(START.plusMillis(20_001));
  }

  @Test
  void aProbeStoppedByTheRateLimitLeavesThePermitForTheNext() {
    callAll(UNKNOWN, 3);
    clock.advance(Duration.ofMillis(10_001));

    call(new ExchangeOutcome.NotSent("rate limit: request weight 2160 + 1 exceeds 2160 per minute"));
    call(ACCEPTED);

    assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
  }

  @Test
  void aValueCallWhileOpenFailsWithTheRetryTime() {
    callAll(UNKNOWN, 3);

    CompletableFuture<String> refused = breaker.callForValue(
        () -> CompletableFuture.completedFuture("rules"));

    assertThat(refused).isCompletedExceptionally();
    try {
      refused.get();
    } catch (ExecutionException | InterruptedException e) {
      assertThat(e.getCause()).isInstanceOfSatisfying(CallRefusedException.class,
          c -> assertThat(c.retryAt()).isEqualTo(START.plusSeconds(10)));
    }
  }
}
