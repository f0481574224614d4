package io.oes.binance.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import io.oes.core.port.ExchangeOutcome;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A circuit breaker around the calls to one exchange account (Resilience4j underneath).
 *
 * <p>Opens after {@link CircuitBreakerSettings#failureThreshold()} consecutive failures: a
 * count-based window of that size that opens only when every call in it failed. While open,
 * calls are not made: {@link #call} answers {@code NotSent("circuit open: ...")} at once with the
 * instant the wait ends. After the wait, the next calls are half-open probes; they close the
 * circuit unless all of them fail. A failure is an outcome {@code Unknown} (timeout, 5xx, lost
 * connection), a 503 "Service Unavailable." or a future that completes exceptionally; a
 * {@code Rejected} or {@code NotFound} is a healthy exchange answering; a {@code NotSent} from
 * further in (the rate limiter) never reached the exchange and counts for nothing.
 *
 * <p>Thread-safe: any thread may call it. Transition listeners run on the thread that caused
 * the transition (a caller or an adapter completion thread), so they must be quick and never
 * block.
 */
public final class ExchangeCircuitBreaker {
  private final CircuitBreaker breaker;
  private final CircuitBreakerSettings settings;
  private final InstantSource clock;
  private final List<Consumer<BreakerTransition>> listeners = new CopyOnWriteArrayList<>();
  private volatile Instant openedAt = Instant.EPOCH;

  /**
   * @param name the exchange account, shown in transitions and metrics
   * @param clock decides when the open wait is over and stamps transitions
   */
  public ExchangeCircuitBreaker(String name, CircuitBreakerSettings settings, InstantSource clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    CircuitBreakerConfig config = CircuitBreakerConfig.custom()
        .slidingWindow(settings.failureThreshold(), settings.failureThreshold(),
            CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .failureRateThreshold(100)
        .waitDurationInOpenState(settings.waitInOpenState())
        .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpen())
        .automaticTransitionFromOpenToHalfOpenEnabled(false)
        .recordException(error -> true)
        .clock(clock.withZone(ZoneOffset.UTC))
        .build();
    this.breaker = CircuitBreaker.of(name, config);
    breaker.getEventPublisher().onStateTransition(this::onTransition);
  }

  /** Makes {@code call} unless the circuit is open, and counts how it ended. */
  public CompletableFuture<ExchangeOutcome> call(Supplier<CompletableFuture<ExchangeOutcome>> call) {
    if (!breaker.tryAcquirePermission()) {
      return CompletableFuture.completedFuture(new ExchangeOutcome.NotSent(refusalReason()));
    }
    long start = breaker.getCurrentTimestamp();
    return started(call, start).whenComplete((outcome, error) -> {
      if (error != null) {
        onFailure(start, error);
        return;
      }
      switch (CallVerdict.of(outcome)) {
        case HEALTHY -> breaker.onSuccess(elapsedSince(start), breaker.getTimestampUnit());
        case FAILED -> onFailure(start, new ExchangeFailure(outcome.toString()));
        case NOT_CALLED -> breaker.releasePermission();
      }
    });
  }

  /**
   * Makes {@code call}, one request for {@code count} orders answered with one outcome each,
   * unless the circuit is open; then every order is {@code NotSent}. The request counts once:
   * healthy when any order's outcome says the exchange answered, not at all when none reached
   * it, else (every outcome a failure) failed.
   */
  public CompletableFuture<List<ExchangeOutcome>> callBatch(int count,
      Supplier<CompletableFuture<List<ExchangeOutcome>>> call) {
    if (!breaker.tryAcquirePermission()) {
      return CompletableFuture.completedFuture(
          Collections.nCopies(count, new ExchangeOutcome.NotSent(refusalReason())));
    }
    long start = breaker.getCurrentTimestamp();
    return started(call, start).whenComplete((outcomes, error) -> {
      if (error != null) {
        onFailure(start, error);
        return;
      }
      switch (verdictOf(outcomes)) {
        case HEALTHY -> breaker.onSuccess(elapsedSince(start), breaker.getTimestampUnit());
        case FAILED -> onFailure(start, new ExchangeFailure(outcomes.toString()));
        case NOT_CALLED -> breaker.releasePermission();
      }
    });
  }

  private static CallVerdict verdictOf(List<ExchangeOutcome> outcomes) {
    boolean failed = false;
    for (ExchangeOutcome outcome : outcomes) {
      CallVerdict verdict = CallVerdict.of(outcome);
      if (verdict == CallVerdict.HEALTHY) {
        return CallVerdict.HEALTHY;
      }
      failed |= verdict == CallVerdict.FAILED;
    }
    return failed ? CallVerdict.FAILED : CallVerdict.NOT_CALLED;
  }

  /**
   * Makes {@code call}, whose answer is a value rather than an outcome, unless the circuit is
   * open; then the future fails with a {@link CallRefusedException}. Exceptional completion
   * counts as a failure, except a {@link CallRefusedException} from further in.
   */
  public <T> CompletableFuture<T> callForValue(Supplier<CompletableFuture<T>> call) {
    if (!breaker.tryAcquirePermission()) {
      return CompletableFuture.failedFuture(new CallRefusedException(refusalReason(), retryAt()));
    }
    long start = breaker.getCurrentTimestamp();
    return started(call, start).whenComplete((value, error) -> {
      if (error == null) {
        breaker.onSuccess(elapsedSince(start), breaker.getTimestampUnit());
      } else if (unwrap(error) instanceof CallRefusedException) {
        breaker.releasePermission();
      } else {
        onFailure(start, error);
      }
    });
  }

  public BreakerState state() {
    return stateOf(breaker.getState());
  }

  /** When an open circuit lets the next probe through; meaningful while {@link #state} is OPEN. */
  public Instant retryAt() {
    Instant waitOver = openedAt.plus(settings.waitInOpenState());
    Instant now = clock.instant();
    return waitOver.isAfter(now) ? waitOver : now;
  }

  /** Calls {@code listener} on every change of state (metrics gauge, health, a log line). */
  public void onTransition(Consumer<BreakerTransition> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  public String name() {
    return breaker.getName();
  }

  /** The Resilience4j breaker underneath, for its Micrometer binding. */
  public CircuitBreaker circuitBreaker() {
    return breaker;
  }

  private <T> CompletableFuture<T> started(Supplier<CompletableFuture<T>> call, long start) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      // A call that throws instead of answering is a bug further in; it still ends the permit.
      onFailure(start, e);
      throw e;
    }
  }

  private void onFailure(long start, Throwable error) {
    breaker.onError(elapsedSince(start), breaker.getTimestampUnit(), error);
  }

  private long elapsedSince(long start) {
    return Math.max(0, breaker.getCurrentTimestamp() - start);
  }

  private String refusalReason() {
    return state() == BreakerState.HALF_OPEN
        ? "circuit half-open: exchange being probed, retry after " + clock.instant()
        : "circuit open: exchange failing, retry after " + retryAt();
  }

  private void onTransition(CircuitBreakerOnStateTransitionEvent event) {
    Instant now = clock.instant();
    BreakerTransition transition = new BreakerTransition(breaker.getName(),
        stateOf(event.getStateTransition().getFromState()),
        stateOf(event.getStateTransition().getToState()), now);
    if (transition.to() == BreakerState.OPEN) {
      openedAt = now;
    }
    listeners.forEach(listener -> listener.accept(transition));
  }

  private static BreakerState stateOf(CircuitBreaker.State state) {
    return switch (state) {
      case OPEN, FORCED_OPEN -> BreakerState.OPEN;
      case HALF_OPEN -> BreakerState.HALF_OPEN;
      case CLOSED, DISABLED, METRICS_ONLY -> BreakerState.CLOSED;
    };
  }

  private static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while (current instanceof CompletionException && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /** The failure recorded for an outcome that says the exchange did not answer properly. */
  private static final class ExchangeFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExchangeFailure(String outcome) {
      super(outcome, null, false, false);
    }
  }
}
