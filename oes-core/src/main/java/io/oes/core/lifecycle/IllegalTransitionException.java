package io.oes.core.lifecycle;

import io.oes.core.order.OrderState;

/** A change the lifecycle table does not hold: a bug, never a venue answer. */
public final class IllegalTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public IllegalTransitionException(String orderId, OrderState from, OrderState to,
      LifecycleEvent event) {
    super("order " + orderId + ": no transition from " + (from == null ? "nothing" : from)
        + " to " + to + " on " + event);
  }
}
