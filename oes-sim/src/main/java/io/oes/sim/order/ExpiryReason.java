package io.oes.sim.order;

/** Why an order expired, the {@code er} code of the user data stream. */
public enum ExpiryReason {
  NONE(0),
  SELF_TRADE_PREVENTION(1),
  IOC_REMAINDER(2),
  REDUCE_ONLY_KNOCKED_OUT(4),
  GOOD_TILL_DATE(6),
  STOP_TRIGGERED(8),
  MARKET_REMAINDER(9);

  private final int code;

  ExpiryReason(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
