package io.oes.server.metrics;

import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** The naming and histogram shape shared by all application meters. */
public final class MeterNames {

  /** Prepended to every application meter; Prometheus shows it as {@code order_execution_}. */
  public static final String PREFIX = "order_execution.";

  // A loopback round trip is tens of microseconds; an exchange timeout is seconds.
  private static final Duration FASTEST = Duration.ofNanos(10_000);
  private static final Duration SLOWEST = Duration.ofSeconds(30);

  private MeterNames() {}

  /** {@code "orders.created"} → {@code "order_execution.orders.created"}. */
  public static String name(String suffix) {
    return PREFIX + suffix;
  }

  /** A latency timer publishing Prometheus buckets, so p50/p95/p99 can be computed there. */
  public static Timer.Builder latencyTimer(String suffix, String description) {
    return Timer.builder(name(suffix))
        .description(description)
        .publishPercentileHistogram()
        .minimumExpectedValue(FASTEST)
        .maximumExpectedValue(SLOWEST);
  }
}
