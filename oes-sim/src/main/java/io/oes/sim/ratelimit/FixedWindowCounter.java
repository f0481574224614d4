package io.oes.sim.ratelimit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A count that resets at every multiple of {@code windowMillis} since the epoch. Thread-safe:
 * the window start and the count are packed into one atomic state, so a reset and an increment
 * can never interleave.
 */
public final class FixedWindowCounter {
  private final long windowMillis;
  // Window index in the high 32 bits, count in the low 32 bits.
  private final AtomicLong state = new AtomicLong();

  public FixedWindowCounter(long windowMillis) {
    this.windowMillis = windowMillis;
  }

  /** Adds {@code amount} in the window containing {@code nowMillis} and returns the new total. */
  public long add(long amount, long nowMillis) {
    long window = nowMillis / windowMillis;
    long next = state.updateAndGet(current -> {
      long count = windowOf(current) == window ? countOf(current) : 0;
      return pack(window, count + amount);
    });
    return countOf(next);
  }

  /** The total of the window containing {@code nowMillis}. */
  public long current(long nowMillis) {
    long snapshot = state.get();
    return windowOf(snapshot) == nowMillis / windowMillis ? countOf(snapshot) : 0;
  }

  private static long pack(long window, long count) {
    return (window << 32) | (count & 0xFFFF_FFFFL);
  }

  private static long windowOf(long packed) {
    return packed >>> 32;
  }

  private static long countOf(long packed) {
    return packed & 0xFFFF_FFFFL;
  }
}
