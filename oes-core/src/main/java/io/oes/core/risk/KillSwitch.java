package io.oes.core.risk;

import java.time.InstantSource;
import java.util.Objects;

/**
 * The global halt: one switch shared by every account's {@link RiskEngine}, so one admin call
 * stops new orders everywhere (or all but reduce-only ones). Every change is saved to a {@link TradingStateStore} before it
 * takes effect: {@link #halt} and {@link #resume} return once the new state is committed, and
 * leave the state as it was (throwing the store's exception) when it cannot be.
 *
 * <p>Thread-safe: any thread (an admin gRPC or HTTP handler) may flip it; changes are
 * serialised so the saved order is the applied order; engines read the latest state without
 * locking. Changing it blocks on the store: call it off latency-sensitive threads.
 */
public final class KillSwitch {
  private final InstantSource clock;
  private final TradingStateStore store;
  private volatile TradingState state = TradingState.INITIAL;

  /** A switch whose state lives in memory only. {@code clock} stamps each change. */
  public KillSwitch(InstantSource clock) {
    this(clock, TradingStateStore.inMemory());
  }

  /** A switch that starts from the state {@code store} saved last, if any. */
  public KillSwitch(InstantSource clock, TradingStateStore store) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.store = Objects.requireNonNull(store, "store");
    store.load().ifPresent(saved -> state = saved);
  }

  /**
   * Takes the state the store saved last, if any: with several instances sharing the store,
   * how a halt sent to one reaches the others. Blocks on the store.
   */
  public synchronized void reload() {
    store.load().ifPresent(saved -> state = saved);
  }

  /** Stops new orders everywhere; cancels keep working. Returns the new state once saved. */
  public synchronized TradingState halt(String reason, String by) {
    requireText("reason", reason);
    requireText("by", by);
    return change(new TradingState(TradingState.Mode.HALTED, reason, by, clock.instant()));
  }

  /**
   * Lets only reduce-only orders through everywhere; cancels keep working. Returns the new state
   * once saved.
   */
  public synchronized TradingState reduce(String reason, String by) {
    requireText("reason", reason);
    requireText("by", by);
    return change(new TradingState(TradingState.Mode.REDUCING, reason, by, clock.instant()));
  }

  /** Lets new orders through again. Returns the new state once saved. */
  public synchronized TradingState resume(String by) {
    requireText("by", by);
    return change(new TradingState(TradingState.Mode.ACTIVE, "resumed", by, clock.instant()));
  }

  public TradingState state() {
    return state;
  }

  private TradingState change(TradingState next) {
    store.save(next);
    state = next;
    return next;
  }

  private static void requireText(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required to change the trading state");
    }
  }
}
