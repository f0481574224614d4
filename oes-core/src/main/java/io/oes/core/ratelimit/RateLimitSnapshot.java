package io.oes.core.ratelimit;

import java.time.Instant;

/**
 * The limiter's usage at one instant, for metrics and health.
 *
 * @param usedWeight1m weight used in the current minute window
 * @param orderCount10s orders counted in the current 10-second window
 * @param orderCount1m orders counted in the current minute window
 * @param backOffUntil end of the last 429 back-off, or null if none is in force
 * @param bannedUntil end of the 418 ban, or null if none is in force
 * @param refusals requests refused since start
 */
public record RateLimitSnapshot(
    long usedWeight1m,
    long orderCount10s,
    long orderCount1m,
    Instant backOffUntil,
    Instant bannedUntil,
    long refusals) {

  /** Whether the exchange has banned this client (HTTP 418) at the snapshot's instant. */
  public boolean banned() {
    return bannedUntil != null;
  }
}
