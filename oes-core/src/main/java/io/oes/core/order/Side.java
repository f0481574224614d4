package io.oes.core.order;

/** Which way an order trades. */
public enum Side {
  BUY,
  SELL
}
