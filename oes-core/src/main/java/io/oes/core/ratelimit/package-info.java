/**
 * Client-side rate limiting that mirrors Binance USD-M Futures: request weight per minute (per
 * IP), orders per 10 seconds and per minute (per account), in fixed windows aligned to whole
 * minutes and 10-second boundaries of the exchange's clock, as the exchange counts them.
 *
 * <p>{@link io.oes.core.ratelimit.RateLimiter} grants or refuses a {@link
 * io.oes.core.ratelimit.RequestCost} at an instant and, when it refuses, says when the request
 * would fit ({@link io.oes.core.ratelimit.Permit.Refused#retryAt()}), so the API can answer
 * RESOURCE_EXHAUSTED with a retry time or a caller can queue until then. It adopts the
 * exchange's own counts from its usage headers, obeys 429 (Retry-After) and 418 (ban), and keeps
 * the last part of the weight budget for cancels. Time is always passed in; nothing here reads
 * a clock.
 */
package io.oes.core.ratelimit;
