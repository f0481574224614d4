package io.oes.sim.ratelimit;

import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The usage counters of the simulator, with the limits Binance publishes in
 * {@code exchangeInfo.rateLimits}. Thread-safe.
 */
public final class RateLimitLedger {
  /** REQUEST_WEIGHT per IP per minute. */
  public static final int REQUEST_WEIGHT_PER_MINUTE = 2400;
  /** ORDERS per account per 10 seconds. */
  public static final int ORDERS_PER_10_SECONDS = 300;
  /** ORDERS per account per minute. */
  public static final int ORDERS_PER_MINUTE = 1200;

  private static final long MINUTE_MILLIS = 60_000;
  private static final long TEN_SECONDS_MILLIS = 10_000;

  private final InstantSource clock;
  private final ConcurrentMap<String, FixedWindowCounter> weightByIp = new ConcurrentHashMap<>();
  private final ConcurrentMap<Long, OrderCounters> ordersByAccount = new ConcurrentHashMap<>();

  public RateLimitLedger(InstantSource clock) {
    this.clock = clock;
  }

  /** Charges a request's weight to its IP and returns the weight used in the current minute. */
  public long chargeWeight(String ip, int weight) {
    return weightByIp.computeIfAbsent(ip, key -> new FixedWindowCounter(MINUTE_MILLIS))
        .add(weight, clock.millis());
  }

  /** Counts one order placement of an account and returns both order counts afterwards. */
  public OrderCount countOrder(long accountId) {
    long now = clock.millis();
    OrderCounters counters = ordersByAccount.computeIfAbsent(accountId, id -> new OrderCounters());
    return new OrderCount(counters.tenSeconds.add(1, now), counters.minute.add(1, now));
  }

  /** Order counts of an account in the current windows. */
  public record OrderCount(long last10Seconds, long lastMinute) {}

  private static final class OrderCounters {
    final FixedWindowCounter tenSeconds = new FixedWindowCounter(TEN_SECONDS_MILLIS);
    final FixedWindowCounter minute = new FixedWindowCounter(MINUTE_MILLIS);
  }
}
