package io.oes.sim.ratelimit;

import java.time.Duration;

/**
 * The limits the simulator enforces and publishes in {@code exchangeInfo.rateLimits}.
 *
 * @param requestWeightPerMinute REQUEST_WEIGHT per IP per minute (Binance: 2400)
 * @param ordersPer10Seconds ORDERS per account per 10 seconds (Binance: 300)
 * @param ordersPerMinute ORDERS per account per minute (Binance: 1200)
 * @param refusalsBeforeBan how many 429 answers an IP may receive in one minute before further
 *     requests in that minute earn a 418 ban
 * @param banDuration how long a 418 ban lasts (Binance: 2 minutes up to 3 days)
 */
public record RateLimits(int requestWeightPerMinute, int ordersPer10Seconds, int ordersPerMinute,
    int refusalsBeforeBan, Duration banDuration) {

  public RateLimits {
    if (requestWeightPerMinute < 1 || ordersPer10Seconds < 1 || ordersPerMinute < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (refusalsBeforeBan < 1 || banDuration.isNegative() || banDuration.isZero()) {
      throw new IllegalArgumentException("ban policy must be positive");
    }
  }

  /** Limits no load test reaches, for measuring a client alone. */
  public static RateLimits unlimited() {
    return new RateLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
        Integer.MAX_VALUE, Duration.ofMinutes(2));
  }

  /** Binance's published limits, a ban after 5 refusals in a minute, lasting 2 minutes. */
  public static RateLimits binance() {
    return new RateLimits(2400, 300, 1200, 5, Duration.ofMinutes(2));
  }
}
