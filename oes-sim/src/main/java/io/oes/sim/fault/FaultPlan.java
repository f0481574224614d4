package io.oes.sim.fault;

import java.time.Duration;

/**
 * The failures the simulator injects. Immutable; the admin endpoint replaces the active plan as a
 * whole. Rates are probabilities per request, drawn from a generator seeded by the simulator's
 * seed, so a run repeats.
 *
 * @param latency added to every REST answer
 * @param jitter a further uniform random delay in [0, jitter]
 * @param errorRate share of REST requests answered HTTP 503 "Service Unavailable." without being
 *     executed
 * @param executedButUnavailableRate share of order-entry requests (place, modify, cancel, batch,
 *     algo) that are executed and then answered HTTP 503 "Unknown error, please check your
 *     request or try again later."
 * @param executedButNoResponseRate share of order-entry requests that are executed and then never
 *     answered: the connection hangs until the client gives up (or the simulator closes)
 * @param streamDropInterval cut every user data stream connection this often; zero never
 * @param marketFrozen when true mid prices stay where they are and resting orders do not fill
 */
public record FaultPlan(Duration latency, Duration jitter, double errorRate,
    double executedButUnavailableRate, double executedButNoResponseRate,
    Duration streamDropInterval, boolean marketFrozen) {

  public FaultPlan {
    requireRate(errorRate, "errorRate");
    requireRate(executedButUnavailableRate, "executedButUnavailableRate");
    requireRate(executedButNoResponseRate, "executedButNoResponseRate");
    if (latency.isNegative() || jitter.isNegative() || streamDropInterval.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
  }

  /** No faults at all. */
  public static FaultPlan none() {
    return new FaultPlan(Duration.ZERO, Duration.ZERO, 0, 0, 0, Duration.ZERO, false);
  }

  public FaultPlan withLatency(Duration newLatency, Duration newJitter) {
    return new FaultPlan(newLatency, newJitter, errorRate, executedButUnavailableRate,
        executedButNoResponseRate, streamDropInterval, marketFrozen);
  }

  public FaultPlan withErrorRate(double rate) {
    return new FaultPlan(latency, jitter, rate, executedButUnavailableRate,
        executedButNoResponseRate, streamDropInterval, marketFrozen);
  }

  public FaultPlan withExecutedButUnavailableRate(double rate) {
    return new FaultPlan(latency, jitter, errorRate, rate, executedButNoResponseRate,
        streamDropInterval, marketFrozen);
  }

  public FaultPlan withExecutedButNoResponseRate(double rate) {
    return new FaultPlan(latency, jitter, errorRate, executedButUnavailableRate, rate,
        streamDropInterval, marketFrozen);
  }

  public FaultPlan withStreamDropInterval(Duration interval) {
    return new FaultPlan(latency, jitter, errorRate, executedButUnavailableRate,
        executedButNoResponseRate, interval, marketFrozen);
  }

  public FaultPlan withMarketFrozen(boolean frozen) {
    return new FaultPlan(latency, jitter, errorRate, executedButUnavailableRate,
        executedButNoResponseRate, streamDropInterval, frozen);
  }

  private static void requireRate(double rate, String name) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + rate);
    }
  }
}
