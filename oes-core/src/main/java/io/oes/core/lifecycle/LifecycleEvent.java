package io.oes.core.lifecycle;

import io.oes.core.order.OrderState;

/**
 * What can happen to an order. Every change of an order is one of these; {@link
 * OrderLifecycle} says from which states each may happen, where it leads and what the change is
 * called downstream.
 */
public sealed interface LifecycleEvent {

  /** The gateway took the order in and journals its intent; it has no state before this. */
  record Admitted() implements LifecycleEvent {}

  /**
   * The exchange says how the order stands: acknowledged, (partly) filled, canceled, expired or
   * rejected.
   */
  record Reported(OrderState state) implements LifecycleEvent {}

  /**
   * The exchange reports an order oes settled REJECTED on its own word (not found while its
   * request could still arrive, or taken for never sent): it reached the exchange after all, and
   * the exchange is the truth. The only way out of a final state.
   */
  record ReportedLate(OrderState state) implements LifecycleEvent {}

  /** The order went out but no answer came back: the exchange may or may not have it. */
  record OutcomeLost() implements LifecycleEvent {}

  /**
   * The order never left the gateway (its intent was not committed, no connection, a limit):
   * the exchange cannot have it.
   */
  record NotSent() implements LifecycleEvent {}

  /** Looked up until its request could no longer arrive, and not found: it never will be. */
  record NeverArrived() implements LifecycleEvent {}

  /** The exchange took new terms (price, quantity) for the open order. */
  record Amended() implements LifecycleEvent {}

  /**
   * A trade's fill or fee is applied without a change of state: a trade the stream reported
   * before its order's state, or a late fee of a finished order.
   */
  record TradeApplied() implements LifecycleEvent {}
}
