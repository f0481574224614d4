package io.oes.sim.account;

import java.math.BigDecimal;

/**
 * What an account's open orders on one position still ask for, at their limit prices.
 *
 * @param bids the remaining notional of the open BUY orders, in quote asset
 * @param asks the remaining notional of the open SELL orders, in quote asset
 */
public record OpenOrderNotional(BigDecimal bids, BigDecimal asks) {
  public static final OpenOrderNotional NONE =
      new OpenOrderNotional(BigDecimal.ZERO, BigDecimal.ZERO);

  public boolean isEmpty() {
    return bids.signum() == 0 && asks.signum() == 0;
  }

  /** These orders and one more of {@code notional} on the buy or sell side. */
  public OpenOrderNotional plus(boolean buy, BigDecimal notional) {
    return buy ? new OpenOrderNotional(bids.add(notional), asks)
        : new OpenOrderNotional(bids, asks.add(notional));
  }
}
