package io.oes.server.dashboard;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.search.Search;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What a latency timer recorded since the last look: the count and p50/p99 of just that
 * interval, from the difference of its cumulative Prometheus buckets. A percentile is the upper
 * bound of the bucket it falls in, as Prometheus' own {@code histogram_quantile} would place
 * it. Several timers found by one search (e.g. one per tag value) count as one.
 *
 * <p>Not thread-safe: one sampling thread calls {@link #next()}.
 */
final class TimerWindow {
  private final Function<MeterRegistry, Search> search;
  private final MeterRegistry registry;
  /** Cumulative count at each bucket bound (nanoseconds), per timer id, at the last look. */
  private final Map<Timer.Id, double[]> lastCounts = new HashMap<>();
  private final Map<Timer.Id, Long> lastTotals = new HashMap<>();

  TimerWindow(MeterRegistry registry, Function<MeterRegistry, Search> search) {
    this.registry = registry;
    this.search = search;
  }

  /** The interval since the previous call (the first call covers everything so far). */
  Interval next() {
    TreeMap<Double, Double> counts = new TreeMap<>();
    long total = 0;
    for (Timer timer : search.apply(registry).timers()) {
      CountAtBucket[] buckets = timer.takeSnapshot().histogramCounts();
      double[] now = new double[buckets.length];
      double[] before = lastCounts.getOrDefault(timer.getId(), new double[buckets.length]);
      for (int i = 0; i < buckets.length; i++) {
        now[i] = buckets[i].count();
        double delta = now[i] - (i < before.length ? before[i] : 0);
        counts.merge(buckets[i].bucket(TimeUnit.NANOSECONDS), delta, Double::sum);
      }
      lastCounts.put(timer.getId(), now);
      long count = timer.count();
      total += count - lastTotals.getOrDefault(timer.getId(), 0L);
      lastTotals.put(timer.getId(), count);
    }
    if (total <= 0) {
      return Interval.EMPTY;
    }
    return new Interval(total, percentileMs(counts, total, 0.50), percentileMs(counts, total,
        0.99));
  }

  private static Double percentileMs(TreeMap<Double, Double> cumulative, long total,
      double rank) {
    double wanted = Math.ceil(rank * total);
    Double last = null;
    for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
      last = bucket.getKey();
      if (bucket.getValue() >= wanted) {
        return bucket.getKey() / 1e6;
      }
    }
    // beyond the largest bucket: the largest bound is the best lower estimate there is
    return last == null ? null : last / 1e6;
  }

  /**
   * One interval of a timer.
   *
   * @param count how many were recorded
   * @param p50Ms median in milliseconds, null when none were
   * @param p99Ms 99th percentile in milliseconds, null when none were
   */
  record Interval(long count, Double p50Ms, Double p99Ms) {
    static final Interval EMPTY = new Interval(0, null, null);
  }
}
