package io.oes.core.order;

/**
 * Where an order is in its life. {@link #NEW}: accepted by oes, not yet acknowledged by the
 * exchange; {@link #SUBMITTED}: acknowledged and open. The allowed moves between states live
 * in {@link io.oes.core.lifecycle.OrderLifecycle}.
 */
public enum OrderState {
  NEW,
  SUBMITTED,
  PARTIALLY_FILLED,
  FILLED,
  CANCELED,
  REJECTED,
  EXPIRED;

  /** A final order never changes again. */
  public boolean isFinal() {
    return this == FILLED || this == CANCELED || this == REJECTED || this == EXPIRED;
  }

  /** An open order may still trade on the exchange (or be about to). */
  public boolean isOpen() {
    return !isFinal();
  }
}
