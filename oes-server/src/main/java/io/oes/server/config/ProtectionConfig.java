package io.oes.server.config;

import io.oes.binance.resilience.CircuitBreakerSettings;
import io.oes.core.ratelimit.RateLimits;
import io.oes.core.risk.RiskLimitsBook;

/**
 * How the gateway protects the exchange account and the traders from themselves.
 *
 * @param risk pre-trade risk limits, global with per-user overrides
 * @param rateLimits the exchange's limits mirrored on the client side, or null when off
 * @param circuitBreaker when to stop calling a failing exchange, or null when off
 */
public record ProtectionConfig(
    RiskLimitsBook risk, RateLimits rateLimits, CircuitBreakerSettings circuitBreaker) {}
