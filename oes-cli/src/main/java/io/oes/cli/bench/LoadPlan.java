package io.oes.cli.bench;

/**
 * How hard and how long one measured phase runs.
 *
 * @param concurrency calls in flight at once, one worker thread each
 * @param warmupSeconds calls made and not recorded before the phase, so the JIT and the
 *     connections are warm; 0 skips the warm-up
 * @param durationSeconds how long the phase records, when {@code count} is 0
 * @param count how many calls the phase makes in all; 0 means run for {@code durationSeconds}
 * @param ratePerSecond the most calls started per second over all workers; 0 means no cap
 * @param windowSeconds successful calls are also counted per window of this many seconds from
 *     the phase's start (how fast a run got going); 0 counts no windows
 */
public record LoadPlan(int concurrency, int warmupSeconds, int durationSeconds, long count,
    int ratePerSecond, int windowSeconds) {

  public LoadPlan {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    if (warmupSeconds < 0 || durationSeconds < 0 || count < 0 || ratePerSecond < 0
        || windowSeconds < 0) {
      throw new IllegalArgumentException(
          "warm-up, duration, count, rate and window must not be negative");
    }
    if (count == 0 && durationSeconds == 0) {
      throw new IllegalArgumentException("either a count or a duration is needed");
    }
  }

  /** The same plan for the warm-up: as many seconds as asked, no count, no windows. */
  LoadPlan warmup() {
    return new LoadPlan(concurrency, 0, warmupSeconds, 0, ratePerSecond,
        CompletionWindows.OFF);
  }

  /** A short description, e.g. {@code 50 calls} or {@code 20 s}. */
  String extent() {
    return count > 0 ? count + " calls" : durationSeconds + " s";
  }
}
