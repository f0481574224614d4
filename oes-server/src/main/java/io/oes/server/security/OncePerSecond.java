package io.oes.server.security;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets at most one event a second through and counts the ones it holds back, so that a flood of
 * bad requests cannot flood the log. Safe for any number of threads.
 */
final class OncePerSecond {

  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final AtomicLong nextNanos = new AtomicLong(System.nanoTime());
  private final AtomicLong heldBack = new AtomicLong();

  /**
   * Empty when this event is to be left out; otherwise how many were left out since the last one
   * let through.
   */
  OptionalLong admit() {
    long now = System.nanoTime();
    long next = nextNanos.get();
    if (now - next < 0 || !nextNanos.compareAndSet(next, now + INTERVAL_NANOS)) {
      heldBack.incrementAndGet();
      return OptionalLong.empty();
    }
    return OptionalLong.of(heldBack.getAndSet(0));
  }

  /** The note a let-through line ends with when others were left out, else nothing. */
  static String leftOut(long count, String what) {
    return count == 0 ? "" : " (" + count + " more " + what + " not logged in the last second)";
  }
}
