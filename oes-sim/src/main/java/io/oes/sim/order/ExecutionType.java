package io.oes.sim.order;

/** What happened to an order, as the user data stream reports it in {@code x}. */
public enum ExecutionType {
  NEW,
  TRADE,
  CANCELED,
  EXPIRED,
  AMENDMENT
}
