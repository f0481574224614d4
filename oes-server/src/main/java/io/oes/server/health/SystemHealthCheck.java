package io.oes.server.health;

import java.util.function.Supplier;

/**
 * The JVM itself: degraded when the heap is nearly full or threads pile up — signs of a leak or
 * of load the gateway cannot keep up with — but never unhealthy, since the process still works.
 * Register it as {@link Criticality#NON_CRITICAL}.
 */
public final class SystemHealthCheck implements HealthCheck {

  /** Heap use above this fraction of the limit is degraded. */
  public static final double DEFAULT_HEAP_DEGRADED_RATIO = 0.90;

  /** More live platform threads than this is degraded. */
  public static final int DEFAULT_THREADS_DEGRADED = 5_000;

  private static final long MIB = 1024 * 1024;

  private final Supplier<SystemUsage> usage;
  private final double heapDegradedRatio;
  private final int threadsDegraded;

  /** With the default thresholds, reading the running JVM. */
  public SystemHealthCheck() {
    this(SystemUsage::current, DEFAULT_HEAP_DEGRADED_RATIO, DEFAULT_THREADS_DEGRADED);
  }

  /** With the given thresholds, reading {@code usage} (the running JVM, or a test's numbers). */
  public SystemHealthCheck(
      Supplier<SystemUsage> usage, double heapDegradedRatio, int threadsDegraded) {
    this.usage = usage;
    this.heapDegradedRatio = heapDegradedRatio;
    this.threadsDegraded = threadsDegraded;
  }

  @Override
  public String name() {
    return "system";
  }

  @Override
  public CheckResult check() {
    SystemUsage now = usage.get();
    String message =
        String.format(
            "heap %d/%d MiB (%d%%), %d threads",
            now.heapUsedBytes() / MIB,
            now.heapLimitBytes() / MIB,
            Math.round(now.heapUsedRatio() * 100),
            now.threadCount());
    if (now.heapUsedRatio() > heapDegradedRatio) {
      return CheckResult.degraded(message + ": heap above " + percent(heapDegradedRatio));
    }
    if (now.threadCount() > threadsDegraded) {
      return CheckResult.degraded(message + ": more than " + threadsDegraded + " threads");
    }
    return CheckResult.healthy(message);
  }

  private static String percent(double ratio) {
    return Math.round(ratio * 100) + "%";
  }
}
