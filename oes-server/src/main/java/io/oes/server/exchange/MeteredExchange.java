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
 * Times every exchange call of one account by endpoint and counts the ones that failed, by code:
 * the HTTP status or venue code the outcome carries (so {@code 429}, {@code 418} and {@code 5xx}
 * are counted as such), {@code timeout} / {@code io} when no answer came, or {@code not_found} /
 * {@code unknown} / {@code not_sent} for outcomes without one.
 * A batch call is timed once and counts each order's failure.
 */
public final class MeteredExchange implements ExchangeGateway {
  private static final String EXCEPTION = "exception";
  private static final String SUBMIT = "POST /fapi/v1/order";
  private static final String CANCEL = "DELETE /fapi/v1/order";
  private static final String QUERY = "GET /fapi/v1/order";
  private static final String AMEND = "PUT /fapi/v1/order";
  private static final String BATCH_SUBMIT = "POST /fapi/v1/batchOrders";
  private static final String BATCH_CANCEL = "DELETE /fapi/v1/batchOrders";
  private static final String OPEN_ORDERS = "GET /fapi/v1/openOrders";
  private static final String TRADES = "GET /fapi/v1/userTrades";
  private static final String COUNTDOWN = "POST /fapi/v1/countdownCancelAll";
  private static final String CANCEL_ALL = "DELETE /fapi/v1/allOpenOrders";
  private static final String EXCHANGE_INFO = "GET /fapi/v1/exchangeInfo";
  private static final String POSITIONS = "GET /fapi/v3/positionRisk";
  /** Endpoints answered with an outcome, which can fail with each of {@link #OUTCOME_CODES}. */
  private static final List<String> OUTCOME_ENDPOINTS =
      List.of(SUBMIT, CANCEL, QUERY, AMEND, BATCH_SUBMIT, BATCH_CANCEL);
  /** Endpoints answered with a value, which can fail only with an exception. */
  private static final List<String> VALUE_ENDPOINTS =
      List.of(OPEN_ORDERS, TRADES, COUNTDOWN, CANCEL_ALL, EXCHANGE_INFO, POSITIONS);
  /**
   * The codes an outcome endpoint's alerts watch: those {@link #codeOf} gives outcomes without
   * a venue code, a call that threw, and the rate-limit and transport codes.
   */
  private static final List<String> OUTCOME_CODES =
      List.of("not_found", "unknown", "not_sent", EXCEPTION, "429", "418", "timeout", "io");
  private final ExchangeGateway delegate;
  private final ExchangeMetrics metrics;
  private final String account;

  public MeteredExchange(String account, ExchangeGateway delegate, ExchangeMetrics metrics) {
    this.account = account;
    this.delegate = delegate;
    this.metrics = metrics;
    // every error series exists, at 0, from the first scrape, so alerts can see it
    OUTCOME_ENDPOINTS.forEach(endpoint ->
        metrics.startErrorsAtZero(account, endpoint, OUTCOME_CODES));
    VALUE_ENDPOINTS.forEach(endpoint ->
        metrics.startErrorsAtZero(account, endpoint, List.of(EXCEPTION)));
  }

  @Override
  public CompletableFuture<ExchangeOutcome> submit(Order order) {
    return timed(SUBMIT, () -> delegate.submit(order));
  }

  @Override
  public CompletableFuture<List<ExchangeOutcome>> submitBatch(List<Order> orders) {
    return timedBatch(BATCH_SUBMIT, () -> delegate.submitBatch(orders));
  }

  @Override
  public CompletableFuture<List<ExchangeOutcome>> cancelBatch(String symbol,
      List<String> exchangeClientIds) {
    return timedBatch(BATCH_CANCEL, () -> delegate.cancelBatch(symbol, exchangeClientIds));
  }

  @Override
  public CompletableFuture<ExchangeOutcome> cancel(String symbol, String exchangeClientId) {
    return timed(CANCEL, () -> delegate.cancel(symbol, exchangeClientId));
  }

  @Override
  public CompletableFuture<ExchangeOutcome> query(String symbol, String exchangeClientId) {
    return timed(QUERY, () -> delegate.query(symbol, exchangeClientId));
  }

  @Override
  public CompletableFuture<ExchangeOutcome> amend(Order order, BigDecimal quantity,
      BigDecimal price) {
    return timed(AMEND, () -> delegate.amend(order, quantity, price));
  }

  @Override
  public CompletableFuture<List<ExecutionReport>> openOrders() {
    return timedValue(OPEN_ORDERS, delegate::openOrders);
  }

  @Override
  public CompletableFuture<List<TradeFill>> orderTrades(String symbol, String exchangeOrderId) {
    return timedValue(TRADES,
        () -> delegate.orderTrades(symbol, exchangeOrderId));
  }

  @Override
  public CompletableFuture<Boolean> armCancelCountdown(String symbol, Duration countdown) {
    return timedValue(COUNTDOWN,
        () -> delegate.armCancelCountdown(symbol, countdown));
  }

  @Override
  public CompletableFuture<Boolean> cancelAllOpenOrders(String symbol) {
    return timedValue(CANCEL_ALL, () -> delegate.cancelAllOpenOrders(symbol));
  }

  @Override
  public CompletableFuture<List<SymbolRules>> loadSymbolRules() {
    return timedValue(EXCHANGE_INFO, delegate::loadSymbolRules);
  }

  @Override
  public CompletableFuture<List<ExchangePosition>> positions() {
    return timedValue(POSITIONS, delegate::positions);
  }

  private CompletableFuture<ExchangeOutcome> timed(String endpoint,
      Supplier<CompletableFuture<ExchangeOutcome>> call) {
    long start = System.nanoTime();
    return call.get().whenComplete((outcome, error) -> {
      metrics.recordRequest(account, endpoint, System.nanoTime() - start);
      String code = error != null ? EXCEPTION : codeOf(outcome);
      if (code != null) {
        metrics.error(account, endpoint, code);
      }
    });
  }

  private CompletableFuture<List<ExchangeOutcome>> timedBatch(String endpoint,
      Supplier<CompletableFuture<List<ExchangeOutcome>>> call) {
    long start = System.nanoTime();
    return call.get().whenComplete((outcomes, error) -> {
      metrics.recordRequest(account, endpoint, System.nanoTime() - start);
      if (error != null) {
        metrics.error(account, endpoint, EXCEPTION);
        return;
      }
      outcomes.stream().map(MeteredExchange::codeOf).filter(code -> code != null)
          .forEach(code -> metrics.error(account, endpoint, code));
    });
  }

  private <T> CompletableFuture<T> timedValue(String endpoint, Supplier<CompletableFuture<T>> call) {
    long start = System.nanoTime();
    return call.get().whenComplete((value, error) -> {
      metrics.recordRequest(account, endpoint, System.nanoTime() - start);
      if (error != null) {
        metrics.error(account, endpoint, EXCEPTION);
      }
    });
  }

  private static String codeOf(ExchangeOutcome outcome) {
    return switch (outcome) {
      case ExchangeOutcome.Accepted accepted -> null;
      case ExchangeOutcome.Rejected rejected -> Integer.toString(rejected.venueCode());
      case ExchangeOutcome.NotFound notFound -> "not_found";
      case ExchangeOutcome.Unknown unknown -> unknown.code();
      case ExchangeOutcome.NotSent notSent -> notSent.code();
    };
  }
}
