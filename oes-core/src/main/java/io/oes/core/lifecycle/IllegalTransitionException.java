package io.oes.core.lifecycle;

import io.oes.core.order.OrderState;

/** A move between two states the lifecycle does not allow: a bug, never a venue answer. */
public final class IllegalTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public IllegalTransitionException(String orderId, OrderState from, OrderState to) {
    super("order " + orderId + ": no transition from " + from + " to " + to);
  }
}
