package io.oes.sim.ratelimit;

import io.oes.sim.rejection.Rejections;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The usage counters of the simulator and the limits it enforces: request weight per IP per
 * minute (429 -1003), orders per account per 10 seconds and per minute (429 -1015), and a 418 ban
 * of the IP once it has collected too many 429s in one minute. Refused requests still count, as
 * on Binance. Thread-safe.
 */
public final class RateLimitLedger {
  private static final long MINUTE_MILLIS = 60_000;
  private static final long TEN_SECONDS_MILLIS = 10_000;

  private final RateLimits limits;
  private final InstantSource clock;
  private final ConcurrentMap<String, IpUsage> byIp = new ConcurrentHashMap<>();
  private final ConcurrentMap<Long, OrderCounters> ordersByAccount = new ConcurrentHashMap<>();

  public RateLimitLedger(RateLimits limits, InstantSource clock) {
    this.limits = limits;
    this.clock = clock;
  }

  public RateLimits limits() {
    return limits;
  }

  /**
   * Refuses a banned IP (418), else charges the request's weight and refuses it (429) when the
   * minute's total exceeds the limit.
   */
  public RateVerdict chargeWeight(String ip, int weight) {
    long now = clock.millis();
    IpUsage usage = usageOf(ip);
    Optional<RateVerdict> ban = usage.banVerdict(now);
    if (ban.isPresent()) {
      usage.weight.add(weight, now);
      return ban.get();
    }
    long used = usage.weight.add(weight, now);
    if (used > limits.requestWeightPerMinute()) {
      return refuse(usage, new RateVerdict.Refused(
          Rejections.tooManyRequests(limits.requestWeightPerMinute()),
          secondsLeft(now, MINUTE_MILLIS)), now);
    }
    return new RateVerdict.Allowed();
  }

  /** The weight the IP has used in the current minute. */
  public long usedWeight(String ip) {
    return usageOf(ip).weight.current(clock.millis());
  }

  /**
   * Counts order placements of an account (1 per order, a batch counts 5 on the 10-second and 1 on
   * the minute counter) and refuses with 429 -1015 when a window is over its limit.
   */
  public RateVerdict countOrders(long accountId, String ip, int tenSecondCost, int minuteCost) {
    long now = clock.millis();
    OrderCounters counters = countersOf(accountId);
    long tenSeconds = counters.tenSeconds.add(tenSecondCost, now);
    long minute = counters.minute.add(minuteCost, now);
    if (tenSeconds > limits.ordersPer10Seconds()) {
      return refuse(usageOf(ip), new RateVerdict.Refused(
          Rejections.tooManyOrders(limits.ordersPer10Seconds(), "10 seconds"),
          secondsLeft(now, TEN_SECONDS_MILLIS)), now);
    }
    if (minute > limits.ordersPerMinute()) {
      return refuse(usageOf(ip), new RateVerdict.Refused(
          Rejections.tooManyOrders(limits.ordersPerMinute(), "1 minute"),
          secondsLeft(now, MINUTE_MILLIS)), now);
    }
    return new RateVerdict.Allowed();
  }

  /** Order counts of an account in the current windows. */
  public OrderCount orderCount(long accountId) {
    long now = clock.millis();
    OrderCounters counters = countersOf(accountId);
    return new OrderCount(counters.tenSeconds.current(now), counters.minute.current(now));
  }

  /** Order counts of an account in the current windows. */
  public record OrderCount(long last10Seconds, long lastMinute) {}

  private RateVerdict refuse(IpUsage usage, RateVerdict.Refused refusal, long now) {
    long refusals = usage.refusals.add(1, now);
    if (refusals >= limits.refusalsBeforeBan()) {
      usage.banUntil(now + limits.banDuration().toMillis());
    }
    return refusal;
  }

  private IpUsage usageOf(String ip) {
    return byIp.computeIfAbsent(ip, key -> new IpUsage());
  }

  private OrderCounters countersOf(long accountId) {
    return ordersByAccount.computeIfAbsent(accountId, id -> new OrderCounters());
  }

  private static long secondsLeft(long now, long windowMillis) {
    long left = windowMillis - now % windowMillis;
    return Math.max(1, (left + 999) / 1000);
  }

  private static final class IpUsage {
    final FixedWindowCounter weight = new FixedWindowCounter(MINUTE_MILLIS);
    final FixedWindowCounter refusals = new FixedWindowCounter(MINUTE_MILLIS);
    private volatile long bannedUntilMillis;

    void banUntil(long untilMillis) {
      bannedUntilMillis = Math.max(bannedUntilMillis, untilMillis);
    }

    Optional<RateVerdict> banVerdict(long now) {
      long until = bannedUntilMillis;
      if (until <= now) {
        return Optional.empty();
      }
      return Optional.of(new RateVerdict.Refused(Rejections.banned(until),
          Math.max(1, (until - now + 999) / 1000)));
    }
  }

  private static final class OrderCounters {
    final FixedWindowCounter tenSeconds = new FixedWindowCounter(TEN_SECONDS_MILLIS);
    final FixedWindowCounter minute = new FixedWindowCounter(MINUTE_MILLIS);
  }
}
