package io.oes.cli.bench;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What one phase measured: the latencies of its successful calls in microseconds, its failures
 * by code, and how long it ran.
 *
 * @param name what was called, e.g. {@code CreateOrder}
 * @param latencyMicros latencies of the successful calls, in microseconds
 * @param failuresByCode failed calls counted by their code, sorted by code
 * @param elapsedNanos wall time from the first start to the last answer
 * @param completedPerWindow successful calls by the window (of the plan's {@code windowSeconds})
 *     in which each finished, the first window starting with the phase; empty without windows
 */
public record PhaseResult(String name, Histogram latencyMicros, Map<String, Long> failuresByCode,
    long elapsedNanos, long[] completedPerWindow) {

  public PhaseResult {
    failuresByCode = Map.copyOf(new TreeMap<>(failuresByCode));
    completedPerWindow = completedPerWindow.clone();
  }

  @Override
  public long[] completedPerWindow() {
    return completedPerWindow.clone();
  }

  public long succeeded() {
    return latencyMicros.getTotalCount();
  }

  public long failed() {
    return failuresByCode.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Successful calls per second of wall time. */
  public double throughputPerSecond() {
    return elapsedNanos == 0 ? 0 : succeeded() * 1e9 / elapsedNanos;
  }

  /** The latency at {@code percentile} (0-100) in microseconds; 0 when nothing succeeded. */
  public long percentileMicros(double percentile) {
    return succeeded() == 0 ? 0 : latencyMicros.getValueAtPercentile(percentile);
  }

  public long maxMicros() {
    return succeeded() == 0 ? 0 : latencyMicros.getMaxValue();
  }

  /** Failures by code in code order, for printing. */
  public Map<String, Long> sortedFailures() {
    return new TreeMap<>(failuresByCode);
  }
}
