package io.oes.core.order;

/**
 * The order types of the b25 contract. {@link #POST_ONLY} is a LIMIT order sent with
 * time-in-force GTX: the exchange refuses it rather than let it take liquidity.
 */
public enum OrderType {
  MARKET,
  LIMIT,
  STOP_MARKET,
  STOP_LIMIT,
  POST_ONLY;

  /** Whether the order carries a limit price. */
  public boolean hasLimitPrice() {
    return this == LIMIT || this == STOP_LIMIT || this == POST_ONLY;
  }

  /** Whether the order waits for a trigger (stop) price. */
  public boolean isConditional() {
    return this == STOP_MARKET || this == STOP_LIMIT;
  }
}
