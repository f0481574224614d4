package io.oes.server.dashboard;

import io.oes.binance.resilience.ExchangeCircuitBreaker;
import io.oes.core.engine.AccountEngine;
import io.oes.core.ratelimit.RateLimitSnapshot;
import io.oes.core.ratelimit.RateLimits;
import io.oes.server.exchange.ExchangeAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * What the dashboard shows of one exchange account: whether the venue answers, the circuit
 * breaker, a ban or back-off, rate-limit use against the limits, the user data stream and the
 * reconciliation. The venue is pinged at most every {@link #PING_INTERVAL} (weight 1 each), in
 * the background; the rest is read from memory.
 *
 * <p>Not thread-safe: the dashboard's thread calls {@link #status}.
 */
final class AccountProbe {
  static final Duration PING_INTERVAL = Duration.ofSeconds(5);
  private static final long PING_TIMEOUT_SECONDS = 2;

  private final ExchangeAccount account;
  private final AccountEngine engine;
  private volatile Boolean reachable;
  private Instant lastPing = Instant.MIN;

  AccountProbe(ExchangeAccount account, AccountEngine engine) {
    this.account = account;
    this.engine = engine;
  }

  AccountStatus status(Instant now) {
    if (Duration.between(lastPing, now).compareTo(PING_INTERVAL) >= 0) {
      lastPing = now;
      account.client().ping().completeOnTimeout(false, PING_TIMEOUT_SECONDS, TimeUnit.SECONDS)
          .thenAccept(answered -> reachable = answered);
    }
    ExchangeCircuitBreaker breaker = account.breaker();
    String circuit = breaker == null ? "OFF" : breaker.state().name();
    Instant circuitRetryAt = breaker != null && "OPEN".equals(circuit) ? breaker.retryAt() : null;
    return new AccountStatus(account.id(), reachable, circuit, circuitRetryAt,
        account.stream().isConnected(), engine.isReconciling(), limits());
  }

  private AccountStatus.Limits limits() {
    if (account.limiter() == null) {
      return null;
    }
    RateLimits limits = account.limiter().limits();
    RateLimitSnapshot used = account.limiter().snapshot(account.exchangeClock().instant());
    return new AccountStatus.Limits(used.usedWeight1m(), limits.weightPerMinute(),
        used.orderCount10s(), limits.ordersPer10Seconds(), used.orderCount1m(),
        limits.ordersPerMinute(), used.backOffUntil(), used.bannedUntil(), used.refusals());
  }
}
