package io.oes.cli.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Spaces call starts evenly over all workers, so a run stays under the exchange's order limits.
 * Time lost to a slow call is not made up later in a burst: an idle slot is forfeited, because a
 * burst is exactly what would trip a per-10-seconds limit. Thread-safe.
 */
final class RatePacer {
  private final long intervalNanos;
  private final AtomicLong nextSlotNanos = new AtomicLong(System.nanoTime());

  /** A pacer allowing {@code ratePerSecond} starts a second; 0 never waits. */
  RatePacer(int ratePerSecond) {
    this.intervalNanos = ratePerSecond == 0 ? 0 : 1_000_000_000L / ratePerSecond;
  }

  /** Blocks the calling worker until its start slot has come. */
  void awaitTurn() {
    if (intervalNanos == 0) {
      return;
    }
    long now = System.nanoTime();
    long slot = nextSlotNanos.getAndUpdate(next -> Math.max(next, now) + intervalNanos);
    long waitNanos;
    while ((waitNanos = slot - System.nanoTime()) > 0) {
      LockSupport.parkNanos(waitNanos);
    }
  }
}
