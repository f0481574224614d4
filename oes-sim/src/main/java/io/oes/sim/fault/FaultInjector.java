package io.oes.sim.fault;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the active {@link FaultPlan} and decides, request by request, which fault applies.
 * Thread-safe: the plan is swapped atomically and the seeded generator is used under a lock, so
 * the sequence of decisions depends only on the seed and the order of requests.
 */
public final class FaultInjector {
  private final AtomicReference<FaultPlan> plan;
  private final SplittableRandom random;

  /** What happens to an order-entry request after it has been executed. */
  public enum AfterExecution {
    ANSWER,
    ANSWER_UNKNOWN_ERROR_503,
    NEVER_ANSWER
  }

  public FaultInjector(FaultPlan initial, long seed) {
    this.plan = new AtomicReference<>(initial);
    this.random = new SplittableRandom(seed);
  }

  public FaultPlan plan() {
    return plan.get();
  }

  public void replace(FaultPlan newPlan) {
    plan.set(newPlan);
  }

  /** The delay to add to the next answer: latency plus a uniform draw within the jitter. */
  public Duration nextDelay() {
    FaultPlan current = plan.get();
    long jitterMillis = current.jitter().toMillis();
    long extra = jitterMillis == 0 ? 0 : draw(jitterMillis + 1);
    return current.latency().plusMillis(extra);
  }

  /** Whether the next request fails with 503 "Service Unavailable." before it is executed. */
  public boolean nextFailsBeforeExecution() {
    double rate = plan.get().errorRate();
    return rate > 0 && chance() < rate;
  }

  /** What becomes of the answer of an order-entry request that has just been executed. */
  public AfterExecution nextAfterExecution() {
    FaultPlan current = plan.get();
    if (current.executedButUnavailableRate() == 0 && current.executedButNoResponseRate() == 0) {
      return AfterExecution.ANSWER;
    }
    double draw = chance();
    if (draw < current.executedButUnavailableRate()) {
      return AfterExecution.ANSWER_UNKNOWN_ERROR_503;
    }
    return draw < current.executedButUnavailableRate() + current.executedButNoResponseRate()
        ? AfterExecution.NEVER_ANSWER : AfterExecution.ANSWER;
  }

  public boolean marketFrozen() {
    return plan.get().marketFrozen();
  }

  private synchronized double chance() {
    return random.nextDouble();
  }

  private synchronized long draw(long bound) {
    return random.nextLong(bound);
  }
}
