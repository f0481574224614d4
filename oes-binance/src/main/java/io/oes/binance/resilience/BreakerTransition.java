package io.oes.binance.resilience;

import java.time.Instant;

/**
 * One change of the breaker's state.
 *
 * @param breaker the breaker's name (the exchange account)
 * @param at when it changed, on the breaker's clock
 */
public record BreakerTransition(String breaker, BreakerState from, BreakerState to, Instant at) {}
