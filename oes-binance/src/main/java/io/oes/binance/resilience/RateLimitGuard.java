package io.oes.binance.resilience;

import io.oes.binance.BinanceExchange;
import io.oes.binance.rest.RateLimitUsage;
import io.oes.core.ratelimit.Permit;
import io.oes.core.ratelimit.RateLimiter;
import io.oes.core.ratelimit.RequestCost;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Couples a {@link RateLimiter} to one Binance account: acquires on the exchange's clock before
 * each request and, after each answer, keeps the limiter in step with what the exchange
 * reported: the used weight always, the order counts after an accepted order (only order answers
 * carry them, and an older count must not be read into a new window), and a 429 back-off or a
 * 418 ban until its Retry-After.
 *
 * <p>Thread-safe, like the limiter: called from the engine's writer and from adapter threads.
 */
public final class RateLimitGuard {
  private static final int TOO_MANY_REQUESTS = 429;
  private static final int BANNED = 418;

  private final RateLimiter limiter;
  private final ExchangeClock exchangeClock;
  private final Supplier<RateLimitUsage> usage;

  /**
   * @param usage the exchange's latest reported usage, or null to rely on local counting alone
   */
  public RateLimitGuard(RateLimiter limiter, ExchangeClock exchangeClock,
      Supplier<RateLimitUsage> usage) {
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.exchangeClock = Objects.requireNonNull(exchangeClock, "exchangeClock");
    this.usage = usage;
  }

  /** The guard for a Binance account: its clock offset and its usage headers. */
  public static RateLimitGuard forBinance(RateLimiter limiter, BinanceExchange exchange,
      InstantSource localClock) {
    return new RateLimitGuard(limiter,
        new ExchangeClock(localClock, exchange::serverTimeOffsetMs), exchange::rateLimitUsage);
  }

  public RateLimiter limiter() {
    return limiter;
  }

  public ExchangeClock exchangeClock() {
    return exchangeClock;
  }

  /** Counts {@code cost} now on the exchange's clock, or says when it would fit. */
  Permit acquire(RequestCost cost) {
    return limiter.tryAcquire(cost, exchangeClock.instant());
  }

  /**
   * Adopts what the exchange reported with its latest answer; {@code orderAccepted} when that
   * answer accepted a new order, so its order counts are fresh.
   */
  void afterAnswer(boolean orderAccepted) {
    RateLimitUsage reported = usage == null ? null : usage.get();
    if (reported == null || reported.observedAt() == null) {
      return;
    }
    Instant observedAt = exchangeClock.toExchangeTime(reported.observedAt());
    limiter.syncWithExchange(reported.usedWeight1m(),
        orderAccepted ? reported.orderCount10s() : 0, orderAccepted ? reported.orderCount1m() : 0,
        observedAt);
    if (reported.retryAfter() == null || !reported.isBackingOff(reported.observedAt())) {
      return;
    }
    Instant until = exchangeClock.toExchangeTime(reported.retryAfter());
    if (reported.limitStatus() == BANNED) {
      limiter.bannedUntil(until);
    } else if (reported.limitStatus() == TOO_MANY_REQUESTS) {
      limiter.backOffUntil(until);
    }
  }
}
