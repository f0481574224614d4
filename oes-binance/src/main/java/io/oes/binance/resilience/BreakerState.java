package io.oes.binance.resilience;

/** Where the circuit breaker stands, as health and metrics show it. */
public enum BreakerState {
  /** Calls go through; failures are counted. */
  CLOSED,
  /** The exchange kept failing: calls are refused until the wait is over. */
  OPEN,
  /** The wait is over: a few probe calls decide between closing and opening again. */
  HALF_OPEN;

  /** The gauge value for metrics: 0 closed, 1 open, 2 half-open. */
  public int gaugeValue() {
    return ordinal();
  }
}
