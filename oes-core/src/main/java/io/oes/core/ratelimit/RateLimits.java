package io.oes.core.ratelimit;

/**
 * The budgets of one exchange account.
 *
 * @param weightPerMinute request weight allowed per whole minute (Binance: 2400 per IP)
 * @param ordersPer10Seconds orders allowed per 10-second window (Binance: 300 per account)
 * @param ordersPerMinute orders allowed per whole minute (Binance: 1200 per account)
 * @param cancelReservePercent share of the weight budget, in percent, that only {@link
 *     Priority#CANCEL} requests may use: with 2400 and 10 %, normal requests stop at 2160 so that
 *     240 weight stays free to cancel. Orders cost no weight on Binance, so new orders never
 *     starve cancels there; the reserve keeps queries and other weight from doing so.
 */
public record RateLimits(
    int weightPerMinute, int ordersPer10Seconds, int ordersPerMinute, int cancelReservePercent) {

  /** Binance USD-M Futures defaults ({@code exchangeInfo.rateLimits}), 10 % kept for cancels. */
  public static final RateLimits BINANCE_USDM = new RateLimits(2400, 300, 1200, 10);

  public RateLimits {
    if (weightPerMinute <= 0 || ordersPer10Seconds <= 0 || ordersPerMinute <= 0) {
      throw new IllegalArgumentException("rate limits must be positive: weight per minute "
          + weightPerMinute + ", orders per 10 s " + ordersPer10Seconds + ", orders per minute "
          + ordersPerMinute);
    }
    if (cancelReservePercent < 0 || cancelReservePercent >= 100) {
      throw new IllegalArgumentException(
          "cancelReservePercent " + cancelReservePercent + " must be in 0..99");
    }
  }

  /** The weight a request of this priority may bring the minute's usage up to. */
  public long weightBudget(Priority priority) {
    if (priority == Priority.CANCEL) {
      return weightPerMinute;
    }
    return weightPerMinute - (long) weightPerMinute * cancelReservePercent / 100;
  }

  /** Whether {@code cost} could ever be granted, in an empty window. */
  public boolean canEverGrant(RequestCost cost) {
    return cost.weight() <= weightBudget(cost.priority())
        && cost.orders() <= ordersPer10Seconds
        && cost.minuteOrders() <= ordersPerMinute;
  }
}
