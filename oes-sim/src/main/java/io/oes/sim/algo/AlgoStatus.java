package io.oes.sim.algo;

/** The {@code algoStatus} of a conditional order. */
public enum AlgoStatus {
  /** Waiting for its trigger. */
  NEW,
  /** Triggered; the released order rests on the book. */
  TRIGGERED,
  /** Triggered; the released order has been filled, cancelled or has expired. */
  FINISHED,
  CANCELED,
  /** The released order was refused (e.g. a filter or nothing left to close). */
  REJECTED,
  EXPIRED;

  /** Whether the conditional order still waits for its trigger. */
  public boolean isOpen() {
    return this == NEW;
  }
}
