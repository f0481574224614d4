package io.oes.sim.order;

/** The status of an order as Binance reports it in {@code status} and {@code X}. */
public enum OrderStatus {
  NEW,
  PARTIALLY_FILLED,
  FILLED,
  CANCELED,
  REJECTED,
  EXPIRED,
  EXPIRED_IN_MATCH;

  /** Whether an order in this status is still working on the book. */
  public boolean isOpen() {
    return this == NEW || this == PARTIALLY_FILLED;
  }
}
