package io.oes.sim.stream;

/**
 * Counts a connection's incoming messages per wall-clock second against Binance's allowance
 * (10 a second on the market streams). Thread-safe.
 */
final class MessageRate {
  private final int perSecond;
  private long second = Long.MIN_VALUE;
  private int count;

  MessageRate(int perSecond) {
    this.perSecond = perSecond;
  }

  /** Counts one message; false once the second's allowance is used up. */
  synchronized boolean admit(long nowMillis) {
    long current = nowMillis / 1000;
    if (current != second) {
      second = current;
      count = 0;
    }
    return ++count <= perSecond;
  }
}
