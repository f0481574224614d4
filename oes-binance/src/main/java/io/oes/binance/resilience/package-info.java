/**
 * Protection of the exchange account around the Binance adapter: an {@link
 * io.oes.binance.resilience.ExchangeCircuitBreaker} (Resilience4j) that stops calling an
 * exchange that keeps failing and probes it back to health, and {@link
 * io.oes.binance.resilience.GuardedExchange}, an {@link io.oes.core.port.ExchangeGateway}
 * decorator applying the breaker and the core's {@link io.oes.core.ratelimit.RateLimiter} to
 * every call. A refused call never reaches the exchange: it comes back at once as {@code
 * NotSent} with the time to retry.
 */
package io.oes.binance.resilience;
