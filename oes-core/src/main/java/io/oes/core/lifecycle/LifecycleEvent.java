package io.oes.core.lifecycle;

import io.oes.core.feed.UpdateType;
import io.oes.core.order.OrderState;

/**
 * What can happen to an order. Every change of an order is one of these, and {@link
 * OrderLifecycle#next} says from which states it may happen and where it leads.
 */
public sealed interface LifecycleEvent {

  /** The state the event leads to from {@code from}. */
  OrderState target(OrderState from);

  /** What the change is called downstream (b25's {@code update_type}). */
  UpdateType updateType();

  /** The gateway took the order in and journals its intent; it has no state before this. */
  record Admitted() implements LifecycleEvent {
    @Override
    public OrderState target(OrderState from) {
      return OrderState.NEW;
    }

    @Override
    public UpdateType updateType() {
      return UpdateType.CREATED;
    }
  }

  /**
   * The exchange says how the order stands: acknowledged, (partly) filled, canceled, expired or
   * rejected.
   */
  record Reported(OrderState state) implements LifecycleEvent {
    @Override
    public OrderState target(OrderState from) {
      return state;
    }

    @Override
    public UpdateType updateType() {
      return OrderLifecycle.arrivalIn(state);
    }
  }

  /**
   * The exchange reports an order oes settled REJECTED on its own word (not found while its
   * request could still arrive, or taken for never sent): it reached the exchange after all, and
   * the exchange is the truth. The only way out of a final state.
   */
  record ReportedLate(OrderState state) implements LifecycleEvent {
    @Override
    public OrderState target(OrderState from) {
      return state;
    }

    @Override
    public UpdateType updateType() {
      return OrderLifecycle.arrivalIn(state);
    }
  }

  /** The order went out but no answer came back: the exchange may or may not have it. */
  record OutcomeLost() implements LifecycleEvent {
    @Override
    public OrderState target(OrderState from) {
      return OrderState.UNKNOWN;
    }

    @Override
    public UpdateType updateType() {
      return UpdateType.UNKNOWN;
    }
  }

  /**
   * The order never left the gateway (its intent was not committed, no connection, a limit):
   * the exchange cannot have it.
   */
  record NotSent() implements LifecycleEvent {
    @Override
    public OrderState target(OrderState from) {
      return OrderState.REJECTED;
    }

    @Override
    public UpdateType updateType() {
      return UpdateType.REJECTED;
    }
  }

  /** Looked up until its request could no longer arrive, and not found: it never will be. */
  record NeverArrived() implements LifecycleEvent {
    @Override
    public OrderState target(OrderState from) {
      return OrderState.REJECTED;
    }

    @Override
    public UpdateType updateType() {
      return UpdateType.REJECTED;
    }
  }

  /** The exchange took new terms (price, quantity) for the open order. */
  record Amended() implements LifecycleEvent {
    @Override
    public OrderState target(OrderState from) {
      return from;
    }

    @Override
    public UpdateType updateType() {
      return UpdateType.UPDATED;
    }
  }

  /**
   * A trade's fill or fee is applied without a change of state: a trade the stream reported
   * before its order's state, or a late fee of a finished order.
   */
  record TradeApplied() implements LifecycleEvent {
    @Override
    public OrderState target(OrderState from) {
      return from;
    }

    @Override
    public UpdateType updateType() {
      return UpdateType.UPDATED;
    }
  }
}
