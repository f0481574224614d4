package io.oes.cli.bench;

import java.util.Arrays;

/**
 * Successful calls counted by the window of time in which each one finished, windows counted
 * from the start of the phase. A total or a percentile hides how a run got going; these counts
 * show it (a gateway fresh from a start at 40/s for its first seconds and 300/s after).
 * One instance belongs to one worker until {@link #add merged}; not thread-safe.
 */
final class CompletionWindows {
  /** No windows asked for: counts nothing, reports nothing. */
  static final int OFF = 0;

  private final long windowNanos;
  private long[] counts = new long[0];

  /** Windows of {@code windowSeconds} each; {@link #OFF} counts nothing. */
  CompletionWindows(int windowSeconds) {
    if (windowSeconds < 0) {
      throw new IllegalArgumentException("a window must not be negative, was " + windowSeconds);
    }
    this.windowNanos = windowSeconds * 1_000_000_000L;
  }

  boolean enabled() {
    return windowNanos > 0;
  }

  int windowSeconds() {
    return (int) (windowNanos / 1_000_000_000L);
  }

  /** Counts one call that finished {@code sinceStartNanos} after the phase began. */
  void record(long sinceStartNanos) {
    if (!enabled()) {
      return;
    }
    int window = (int) (Math.max(0, sinceStartNanos) / windowNanos);
    grow(window + 1);
    counts[window]++;
  }

  /** Adds another worker's counts to these. */
  void add(CompletionWindows other) {
    grow(other.counts.length);
    for (int i = 0; i < other.counts.length; i++) {
      counts[i] += other.counts[i];
    }
  }

  /** The count of each window in order, the first starting with the phase; a copy. */
  long[] counts() {
    return counts.clone();
  }

  private void grow(int length) {
    if (counts.length < length) {
      counts = Arrays.copyOf(counts, length);
    }
  }
}
