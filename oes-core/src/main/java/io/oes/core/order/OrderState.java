package io.oes.core.order;

/**
 * Where an order is in its life. {@link #NEW}: accepted by oes (its intent committed), not yet
 * acknowledged by the exchange; {@link #SUBMITTED}: acknowledged and open; {@link #UNKNOWN}:
 * sent, but the exchange's answer was lost (a timeout, a 5xx, a crash): oes looks it up by its
 * client id until the exchange says how it stands. The allowed moves between states live in
 * {@link io.oes.core.lifecycle.OrderLifecycle}.
 */
public enum OrderState {
  NEW,
  SUBMITTED,
  PARTIALLY_FILLED,
  FILLED,
  CANCELED,
  REJECTED,
  EXPIRED,
  UNKNOWN;

  /** A final order never changes again. */
  public boolean isFinal() {
    return this == FILLED || this == CANCELED || this == REJECTED || this == EXPIRED;
  }

  /** An open order may still trade on the exchange (or be about to). */
  public boolean isOpen() {
    return !isFinal();
  }
}
