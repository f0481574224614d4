package io.oes.core.ratelimit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the limiter knows at one moment, immutable, so the limiter can swap it atomically.
 *
 * @param backOffUntil end of a 429 back-off, or null
 * @param bannedUntil end of a 418 ban, or null
 */
record LimiterState(
    WindowCount weight,
    WindowCount orders10s,
    WindowCount orders1m,
    Instant backOffUntil,
    Instant bannedUntil) {

  static final long MINUTE_MILLIS = 60_000;
  static final long TEN_SECONDS_MILLIS = 10_000;
  static final LimiterState EMPTY =
      new LimiterState(WindowCount.EMPTY, WindowCount.EMPTY, WindowCount.EMPTY, null, null);

  /** Why {@code cost} cannot go out at {@code now}, or null when it fits. */
  Permit.Refused refusal(RateLimits limits, RequestCost cost, Instant now) {
    if (isAfter(bannedUntil, now)) {
      return new Permit.Refused(bannedUntil, "banned by the exchange (HTTP 418) until " + bannedUntil);
    }
    if (isAfter(backOffUntil, now)) {
      return new Permit.Refused(backOffUntil, "backing off after HTTP 429 until " + backOffUntil);
    }
    long nowMillis = now.toEpochMilli();
    List<String> reasons = new ArrayList<>(3);
    long retryAtMillis = Long.MIN_VALUE;
    long weightBudget = limits.weightBudget(cost.priority());
    if (exceeds(weight, MINUTE_MILLIS, nowMillis, cost.weight(), weightBudget)) {
      reasons.add("request weight " + usedNow(weight, MINUTE_MILLIS, nowMillis) + " + "
          + cost.weight() + " exceeds " + weightBudget + " per minute"
          + (weightBudget < limits.weightPerMinute() ? " (the rest is kept for cancels)" : ""));
      retryAtMillis = nextWindowStart(MINUTE_MILLIS, nowMillis);
    }
    if (exceeds(orders10s, TEN_SECONDS_MILLIS, nowMillis, cost.orders(), limits.ordersPer10Seconds())) {
      reasons.add("orders " + usedNow(orders10s, TEN_SECONDS_MILLIS, nowMillis) + " + "
          + cost.orders() + " exceed " + limits.ordersPer10Seconds() + " per 10 s");
      retryAtMillis = Math.max(retryAtMillis, nextWindowStart(TEN_SECONDS_MILLIS, nowMillis));
    }
    if (exceeds(orders1m, MINUTE_MILLIS, nowMillis, cost.minuteOrders(),
        limits.ordersPerMinute())) {
      reasons.add("orders " + usedNow(orders1m, MINUTE_MILLIS, nowMillis) + " + "
          + cost.minuteOrders() + " exceed " + limits.ordersPerMinute() + " per minute");
      retryAtMillis = Math.max(retryAtMillis, nextWindowStart(MINUTE_MILLIS, nowMillis));
    }
    if (reasons.isEmpty()) {
      return null;
    }
    return new Permit.Refused(Instant.ofEpochMilli(retryAtMillis),
        "rate limit: " + String.join("; ", reasons));
  }

  /** This state with {@code cost} counted at {@code now}. */
  LimiterState charged(RequestCost cost, Instant now) {
    long nowMillis = now.toEpochMilli();
    return new LimiterState(
        weight.plus(Math.floorDiv(nowMillis, MINUTE_MILLIS), cost.weight()),
        orders10s.plus(Math.floorDiv(nowMillis, TEN_SECONDS_MILLIS), cost.orders()),
        orders1m.plus(Math.floorDiv(nowMillis, MINUTE_MILLIS), cost.minuteOrders()),
        backOffUntil, bannedUntil);
  }

  /** This state with the exchange's counts adopted where they are higher. */
  LimiterState synced(long usedWeight1m, long orderCount10s, long orderCount1m, Instant observedAt) {
    long atMillis = observedAt.toEpochMilli();
    return new LimiterState(
        weight.atLeast(Math.floorDiv(atMillis, MINUTE_MILLIS), usedWeight1m),
        orders10s.atLeast(Math.floorDiv(atMillis, TEN_SECONDS_MILLIS), orderCount10s),
        orders1m.atLeast(Math.floorDiv(atMillis, MINUTE_MILLIS), orderCount1m),
        backOffUntil, bannedUntil);
  }

  LimiterState withBackOffUntil(Instant until) {
    return new LimiterState(weight, orders10s, orders1m, later(backOffUntil, until), bannedUntil);
  }

  LimiterState withBannedUntil(Instant until) {
    return new LimiterState(weight, orders10s, orders1m, backOffUntil, later(bannedUntil, until));
  }

  static long usedNow(WindowCount count, long windowMillis, long nowMillis) {
    return count.usedIn(Math.floorDiv(nowMillis, windowMillis));
  }

  private static boolean exceeds(WindowCount count, long windowMillis, long nowMillis,
      long amount, long budget) {
    // A request that costs nothing on a counter never waits for it, even when it is overdrawn.
    return amount > 0 && usedNow(count, windowMillis, nowMillis) + amount > budget;
  }

  private static long nextWindowStart(long windowMillis, long nowMillis) {
    return (Math.floorDiv(nowMillis, windowMillis) + 1) * windowMillis;
  }

  static boolean isAfter(Instant until, Instant now) {
    return until != null && until.isAfter(now);
  }

  private static Instant later(Instant current, Instant candidate) {
    return current == null || candidate.isAfter(current) ? candidate : current;
  }
}
