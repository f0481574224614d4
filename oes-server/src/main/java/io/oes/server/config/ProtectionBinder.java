package io.oes.server.config;

import io.oes.binance.resilience.CircuitBreakerSettings;
import io.oes.core.ratelimit.RateLimits;
import io.oes.core.risk.RiskLimits;
import io.oes.core.risk.RiskLimitsBook;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Reads the {@code risk}, {@code rate_limit} and {@code circuit_breaker} sections. */
final class ProtectionBinder {

  ProtectionConfig bind(Section risk, Section rateLimit, Section circuitBreaker) {
    return new ProtectionConfig(risk(risk), rateLimits(rateLimit), breaker(circuitBreaker));
  }

  private RiskLimitsBook risk(Section section) {
    RiskLimits global = limits(section, true);
    Map<String, RiskLimits> overrides = new HashMap<>();
    section.entries("users").forEach((user, limits) -> overrides.put(user, limits(limits, false)));
    section.rejectUnknownKeys();
    return new RiskLimitsBook(global, overrides);
  }

  /** One set of limits; {@code global} sections also hold the per-user overrides. */
  private RiskLimits limits(Section section, boolean global) {
    List<String> symbols = section.strings("allowed_symbols", null);
    Map<String, BigDecimal> bySymbol = new HashMap<>();
    section.entries("max_position_size_by_symbol")
        .forEach((symbol, size) -> size.asDecimal().ifPresent(v -> bySymbol.put(symbol, v)));
    RiskLimits limits = new RiskLimits(
        symbols == null ? null : new LinkedHashSet<>(symbols),
        section.decimal("max_order_value").orElse(null),
        section.decimal("max_position_size").orElse(null),
        bySymbol.isEmpty() ? null : bySymbol,
        count(section, "max_daily_orders"),
        count(section, "max_open_orders"),
        section.decimal("price_band_percent").orElse(null));
    if (!global) {
      section.rejectUnknownKeys();
    }
    return limits;
  }

  private static Integer count(Section section, String name) {
    if (!section.has(name)) {
      return null;
    }
    return (int) section.number(name, 0, 0, Integer.MAX_VALUE, "a whole number (0 or more)");
  }

  private RateLimits rateLimits(Section section) {
    boolean enabled = section.bool("enabled", true);
    RateLimits defaults = RateLimits.BINANCE_USDM;
    RateLimits limits = new RateLimits(
        (int) section.number("weight_per_minute", defaults.weightPerMinute(), 1, 1_000_000,
            "a weight (1-1000000)"),
        (int) section.number("orders_per_10s", defaults.ordersPer10Seconds(), 1, 1_000_000,
            "a number of orders (1-1000000)"),
        (int) section.number("orders_per_minute", defaults.ordersPerMinute(), 1, 1_000_000,
            "a number of orders (1-1000000)"),
        (int) section.number("cancel_reserve_percent", defaults.cancelReservePercent(), 0, 50,
            "a percentage (0-50)"));
    section.rejectUnknownKeys();
    return enabled ? limits : null;
  }

  private CircuitBreakerSettings breaker(Section section) {
    boolean enabled = section.bool("enabled", true);
    CircuitBreakerSettings defaults = CircuitBreakerSettings.DEFAULTS;
    CircuitBreakerSettings settings = new CircuitBreakerSettings(
        (int) section.number("failure_threshold", defaults.failureThreshold(), 1, 1_000,
            "a number of consecutive failures (1-1000)"),
        Duration.ofMillis(section.number("wait_in_open_ms", defaults.waitInOpenState().toMillis(),
            1, 3_600_000, "a wait in milliseconds (1-3600000)")),
        (int) section.number("permitted_calls_in_half_open",
            defaults.permittedCallsInHalfOpen(), 1, 100, "a number of probe calls (1-100)"));
    section.rejectUnknownKeys();
    return enabled ? settings : null;
  }
}
