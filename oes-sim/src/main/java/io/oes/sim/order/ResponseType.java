package io.oes.sim.order;

/**
 * What the answer to a new order shows: ACK the order as it stood when accepted (before any
 * matching), RESULT the order after its immediate matching.
 */
public enum ResponseType {
  ACK,
  RESULT
}
