package io.oes.core.risk;

import java.time.InstantSource;
import java.util.Objects;

/**
 * The global halt: one switch shared by every account's {@link RiskEngine}, so one admin call
 * stops new orders everywhere. Thread-safe: any thread (an admin gRPC or HTTP handler) may flip
 * it; engines read the latest state without locking.
 */
public final class KillSwitch {
  private final InstantSource clock;
  private volatile TradingState state = TradingState.INITIAL;

  /** {@code clock} stamps each change. */
  public KillSwitch(InstantSource clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Stops new orders everywhere; cancels keep working. Returns the new state. */
  public TradingState halt(String reason, String by) {
    requireText("reason", reason);
    requireText("by", by);
    TradingState halted =
        new TradingState(TradingState.Mode.HALTED, reason, by, clock.instant());
    state = halted;
    return halted;
  }

  /** Lets new orders through again. Returns the new state. */
  public TradingState resume(String by) {
    requireText("by", by);
    TradingState active =
        new TradingState(TradingState.Mode.ACTIVE, "resumed", by, clock.instant());
    state = active;
    return active;
  }

  public TradingState state() {
    return state;
  }

  private static void requireText(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required to change the trading state");
    }
  }
}
