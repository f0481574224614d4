package io.oes.binance.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * How the circuit breaker reacts.
 *
 * @param failureThreshold consecutive failed calls that open the circuit
 * @param waitInOpenState how long an open circuit refuses calls before probing
 * @param permittedCallsInHalfOpen probe calls let through after the wait; the circuit closes
 *     when they are done unless every one of them failed, and opens again if they all did
 */
public record CircuitBreakerSettings(
    int failureThreshold, Duration waitInOpenState, int permittedCallsInHalfOpen) {

  /** Five failures in a row open it for 30 seconds, then one probe decides. */
  public static final CircuitBreakerSettings DEFAULTS =
      new CircuitBreakerSettings(5, Duration.ofSeconds(30), 1);

  public CircuitBreakerSettings {
    Objects.requireNonNull(waitInOpenState, "waitInOpenState");
    if (failureThreshold < 1 || permittedCallsInHalfOpen < 1) {
      throw new IllegalArgumentException("failureThreshold " + failureThreshold
          + " and permittedCallsInHalfOpen " + permittedCallsInHalfOpen + " must be at least 1");
    }
    if (waitInOpenState.isNegative() || waitInOpenState.isZero()) {
      throw new IllegalArgumentException("waitInOpenState " + waitInOpenState + " must be positive");
    }
  }
}
