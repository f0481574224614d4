package io.oes.sim.order;

/**
 * Order types of USD-M Futures. Only LIMIT and MARKET are accepted by {@code /fapi/v1/order}; the
 * conditional types belong to the Algo Order API since late 2025.
 */
public enum OrderType {
  LIMIT,
  MARKET,
  STOP,
  STOP_MARKET,
  TAKE_PROFIT,
  TAKE_PROFIT_MARKET,
  TRAILING_STOP_MARKET;

  /** Whether this type is served by the Algo Order API rather than the regular order endpoint. */
  public boolean isConditional() {
    return this != LIMIT && this != MARKET;
  }
}
