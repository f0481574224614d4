package io.oes.binance.rest;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the exchange last said about this client's rate-limit usage. Immutable; the REST client
 * replaces it after every answer, so any thread may read the latest snapshot.
 *
 * @param usedWeight1m IP request weight used in the current minute ({@code X-MBX-USED-WEIGHT-1M})
 * @param orderCount10s orders placed in the current 10 s ({@code X-MBX-ORDER-COUNT-10S})
 * @param orderCount1m orders placed in the current minute ({@code X-MBX-ORDER-COUNT-1M})
 * @param limitStatus the last 429 or 418 received, 0 if none yet
 * @param retryAfter when the exchange allows requests again after that 429/418, or null
 * @param observedAt when the last answer arrived, or null before the first
 */
public record RateLimitUsage(
    long usedWeight1m,
    long orderCount10s,
    long orderCount1m,
    int limitStatus,
    Instant retryAfter,
    Instant observedAt) {

  /** Nothing observed yet. */
  public static final RateLimitUsage NONE = new RateLimitUsage(0, 0, 0, 0, null, null);

  static final String USED_WEIGHT_1M = "X-MBX-USED-WEIGHT-1M";
  static final String ORDER_COUNT_10S = "X-MBX-ORDER-COUNT-10S";
  static final String ORDER_COUNT_1M = "X-MBX-ORDER-COUNT-1M";
  static final String RETRY_AFTER = "Retry-After";

  /** Whether the exchange asked this client to wait until after {@code now}. */
  public boolean isBackingOff(Instant now) {
    return retryAfter != null && now.isBefore(retryAfter);
  }

  /**
   * This usage updated by one answer. A counter the answer does not carry keeps its value:
   * order counts come only with order responses.
   */
  RateLimitUsage observe(int status, HttpHeaders headers, Instant now) {
    long weight = longHeader(headers, USED_WEIGHT_1M).orElse(usedWeight1m);
    long orders10s = longHeader(headers, ORDER_COUNT_10S).orElse(orderCount10s);
    long orders1m = longHeader(headers, ORDER_COUNT_1M).orElse(orderCount1m);
    if (status != 429 && status != 418) {
      return new RateLimitUsage(weight, orders10s, orders1m, limitStatus, retryAfter, now);
    }
    Instant until = longHeader(headers, RETRY_AFTER).stream()
        .mapToObj(now::plusSeconds).findFirst().orElse(retryAfter);
    return new RateLimitUsage(weight, orders10s, orders1m, status, until, now);
  }

  static OptionalLong longHeader(HttpHeaders headers, String name) {
    Optional<String> text = headers.firstValue(name);
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(text.get().trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
