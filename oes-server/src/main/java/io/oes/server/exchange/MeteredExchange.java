package io.oes.server.exchange;

import io.oes.core.order.Order;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExchangePosition;
import io.oes.core.port.ExecutionReport;
import io.oes.core.port.TradeFill;
import io.oes.core.symbol.SymbolRules;
import io.oes.server.metrics.ExchangeMetrics;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Times every exchange call by endpoint and counts the ones that failed, by code: the venue's
 * error code, or {@code unknown} / {@code not_sent} / {@code not_found} for outcomes without one.
 */
public final class MeteredExchange implements ExchangeGateway {
  private final ExchangeGateway delegate;
  private final ExchangeMetrics metrics;

  public MeteredExchange(ExchangeGateway delegate, ExchangeMetrics metrics) {
    this.delegate = delegate;
    this.metrics = metrics;
  }

  @Override
  public CompletableFuture<ExchangeOutcome> submit(Order order) {
    return timed("POST /fapi/v1/order", () -> delegate.submit(order));
  }

  @Override
  public CompletableFuture<ExchangeOutcome> cancel(String symbol, String exchangeClientId) {
    return timed("DELETE /fapi/v1/order", () -> delegate.cancel(symbol, exchangeClientId));
  }

  @Override
  public CompletableFuture<ExchangeOutcome> query(String symbol, String exchangeClientId) {
    return timed("GET /fapi/v1/order", () -> delegate.query(symbol, exchangeClientId));
  }

  @Override
  public CompletableFuture<ExchangeOutcome> amend(Order order, BigDecimal quantity,
      BigDecimal price) {
    return timed("PUT /fapi/v1/order", () -> delegate.amend(order, quantity, price));
  }

  @Override
  public CompletableFuture<List<ExecutionReport>> openOrders() {
    return timedValue("GET /fapi/v1/openOrders", delegate::openOrders);
  }

  @Override
  public CompletableFuture<List<TradeFill>> orderTrades(String symbol, String exchangeOrderId) {
    return timedValue("GET /fapi/v1/userTrades",
        () -> delegate.orderTrades(symbol, exchangeOrderId));
  }

  @Override
  public CompletableFuture<Boolean> armCancelCountdown(String symbol, Duration countdown) {
    return timedValue("POST /fapi/v1/countdownCancelAll",
        () -> delegate.armCancelCountdown(symbol, countdown));
  }

  @Override
  public CompletableFuture<List<SymbolRules>> loadSymbolRules() {
    return timedValue("GET /fapi/v1/exchangeInfo", delegate::loadSymbolRules);
  }

  @Override
  public CompletableFuture<List<ExchangePosition>> positions() {
    return timedValue("GET /fapi/v3/positionRisk", delegate::positions);
  }

  private CompletableFuture<ExchangeOutcome> timed(String endpoint,
      Supplier<CompletableFuture<ExchangeOutcome>> call) {
    long start = System.nanoTime();
    return call.get().whenComplete((outcome, error) -> {
      metrics.recordRequest(endpoint, System.nanoTime() - start);
      String code = error != null ? "exception" : codeOf(outcome);
      if (code != null) {
        metrics.error(endpoint, code);
      }
    });
  }

  private <T> CompletableFuture<T> timedValue(String endpoint, Supplier<CompletableFuture<T>> call) {
    long start = System.nanoTime();
    return call.get().whenComplete((value, error) -> {
      metrics.recordRequest(endpoint, System.nanoTime() - start);
      if (error != null) {
        metrics.error(endpoint, "exception");
      }
    });
  }

  private static String codeOf(ExchangeOutcome outcome) {
    return switch (outcome) {
      case ExchangeOutcome.Accepted accepted -> null;
      case ExchangeOutcome.Rejected rejected -> Integer.toString(rejected.venueCode());
      case ExchangeOutcome.NotFound notFound -> "not_found";
      case ExchangeOutcome.Unknown unknown -> "unknown";
      case ExchangeOutcome.NotSent notSent -> "not_sent";
    };
  }
}
