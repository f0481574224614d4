package io.oes.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * Exchange traffic: request latency and errors by account and endpoint, rate-limit use and hits,
 * and the circuit breaker's state. Safe to call from any thread. Endpoints are route names such as
 * {@code "POST /fapi/v1/order"}, never URLs with parameters.
 */
public final class ExchangeMetrics {

  private final MeterRegistry registry;
  private final MeterProvider<Timer> requests;
  private final MeterProvider<Counter> errors;
  private final MeterProvider<Counter> rateLimitHits;

  ExchangeMetrics(MeterRegistry registry) {
    this.registry = registry;
    requests =
        MeterNames.latencyTimer("exchange.request.latency",
                "Exchange requests, by account and endpoint")
            .withRegistry(registry);
    errors =
        Counter.builder(MeterNames.name("exchange.errors"))
            .description("Exchange errors, by account, endpoint and code (HTTP status or "
                + "Binance code)")
            .withRegistry(registry);
    rateLimitHits =
        Counter.builder(MeterNames.name("ratelimit.hits"))
            .description("Requests held back or refused by a rate limit, by limit")
            .withRegistry(registry);
  }

  /** One request of {@code account} to {@code endpoint} that took {@code nanos}. */
  public void recordRequest(String account, String endpoint, long nanos) {
    requests.withTags("account", account, "endpoint", endpoint)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  /** One failed request; {@code code} is the HTTP status or the Binance error code. */
  public void error(String account, String endpoint, String code) {
    errors.withTags("account", account, "endpoint", endpoint, "code", code).increment();
  }

  /**
   * Publishes {@code codes} of {@code account}'s {@code endpoint} at 0, so each exists before
   * its first error.
   */
  public void startErrorsAtZero(String account, String endpoint, List<String> codes) {
    codes.forEach(code -> errors.withTags("account", account, "endpoint", endpoint,
        "code", code));
  }

  /** One request held back or refused by {@code limit} (e.g. {@code orders_10s}). */
  public void rateLimitHit(String limit) {
    rateLimitHits.withTags("limit", limit).increment();
  }

  /** Publishes how much of {@code account}'s {@code limit} is used, 0 to 1, read on scrape. */
  public void trackRateLimitUsage(String account, String limit, DoubleSupplier usedRatio) {
    Gauge.builder(MeterNames.name("ratelimit.usage"), usedRatio::getAsDouble)
        .description("Share of an account's rate limit in use, 0 to 1")
        .tag("account", account)
        .tag("limit", limit)
        .register(registry);
  }

  /** Publishes the circuit breaker's state: 0 closed, 1 half-open, 2 open. */
  public void trackCircuitState(String account, DoubleSupplier state) {
    Gauge.builder(MeterNames.name("circuit.state"), state::getAsDouble)
        .description("Exchange circuit breaker: 0 closed, 1 half-open, 2 open")
        .tag("account", account)
        .register(registry);
  }
}
