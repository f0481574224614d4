package io.oes.binance.resilience;

import io.oes.core.order.Order;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExchangePosition;
import io.oes.core.port.ExecutionReport;
import io.oes.core.port.TradeFill;
import io.oes.core.ratelimit.Permit;
import io.oes.core.ratelimit.Priority;
import io.oes.core.ratelimit.RequestCost;
import io.oes.core.symbol.SymbolRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * An {@link ExchangeGateway} that guards a delegate (the Binance adapter) with a circuit
 * breaker and, optionally, the client-side rate limit. The breaker is asked first, so an open
 * circuit spends no rate budget; then the limiter counts the request's cost. Either refusal
 * answers at once, without calling the exchange: {@code NotSent} with the reason and the retry
 * time for orders, amends, cancels and queries; a failed future with a {@link
 * CallRefusedException} for the calls that answer with a value (open orders, symbol rules).
 *
 * <p>Costs, per Binance: submit and amend one order and weight 0; cancel weight 1 with cancel
 * priority; query and exchange info weight 1; all open orders weight 40. A cancel or query that
 * the adapter repeats on the algo endpoint is counted once here and caught up by the usage
 * headers.
 *
 * <p>The dead-man switch ({@link #armCancelCountdown}, weight 10) and the bulk cancel ({@link
 * #cancelAllOpenOrders}, weight 1) only ever cancel, so they have cancel priority and bypass
 * the circuit breaker: it is worth trying exactly when the
 * exchange is in trouble, and its caller already treats {@code false} as "not armed".
 *
 * <p>Thread-safe: may be called from any thread, as the port allows. Futures complete on the
 * delegate's threads, or on the caller's when the call was refused.
 */
public final class GuardedExchange implements ExchangeGateway {
  private static final RequestCost QUERY = RequestCost.ofWeight(1);
  private static final RequestCost EXCHANGE_INFO = RequestCost.ofWeight(1);
  private static final RequestCost ALL_OPEN_ORDERS = RequestCost.ofWeight(40);
  private static final RequestCost USER_TRADES = RequestCost.ofWeight(5);
  private static final RequestCost POSITION_RISK = RequestCost.ofWeight(5);
  private static final RequestCost COUNTDOWN = new RequestCost(10, 0, Priority.CANCEL);

  private final ExchangeGateway delegate;
  private final ExchangeCircuitBreaker breaker;
  private final RateLimitGuard rateLimit;

  /**
   * @param breaker the circuit breaker to apply, or null for the rate limit alone
   * @param rateLimit the rate limit to apply, or null for the circuit breaker alone
   */
  public GuardedExchange(ExchangeGateway delegate, ExchangeCircuitBreaker breaker,
      RateLimitGuard rateLimit) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.breaker = breaker;
    this.rateLimit = rateLimit;
  }

  @Override
  public CompletableFuture<ExchangeOutcome> submit(Order order) {
    return guarded(RequestCost.newOrder(), () -> delegate.submit(order));
  }

  @Override
  public CompletableFuture<ExchangeOutcome> cancel(String symbol, String exchangeClientId) {
    return guarded(RequestCost.cancel(), () -> delegate.cancel(symbol, exchangeClientId));
  }

  @Override
  public CompletableFuture<ExchangeOutcome> query(String symbol, String exchangeClientId) {
    return guarded(QUERY, () -> delegate.query(symbol, exchangeClientId));
  }

  @Override
  public CompletableFuture<ExchangeOutcome> amend(Order order, BigDecimal quantity,
      BigDecimal price) {
    return guarded(RequestCost.newOrder(), () -> delegate.amend(order, quantity, price));
  }

  @Override
  public CompletableFuture<List<ExecutionReport>> openOrders() {
    return guardedValue(ALL_OPEN_ORDERS, delegate::openOrders);
  }

  @Override
  public CompletableFuture<List<TradeFill>> orderTrades(String symbol, String exchangeOrderId) {
    return guardedValue(USER_TRADES, () -> delegate.orderTrades(symbol, exchangeOrderId));
  }

  @Override
  public CompletableFuture<Boolean> armCancelCountdown(String symbol, Duration countdown) {
    return cancelOnly(COUNTDOWN, () -> delegate.armCancelCountdown(symbol, countdown));
  }

  @Override
  public CompletableFuture<Boolean> cancelAllOpenOrders(String symbol) {
    return cancelOnly(RequestCost.cancel(), () -> delegate.cancelAllOpenOrders(symbol));
  }

  /** A call that only cancels: rate-limited at cancel priority, never held by the breaker. */
  private CompletableFuture<Boolean> cancelOnly(RequestCost cost,
      Supplier<CompletableFuture<Boolean>> call) {
    if (rateLimit != null && !rateLimit.acquire(cost).isGranted()) {
      return CompletableFuture.completedFuture(false);
    }
    return call.get().whenComplete((done, error) -> {
      if (rateLimit != null) {
        rateLimit.afterAnswer(false);
      }
    });
  }

  @Override
  public CompletableFuture<List<SymbolRules>> loadSymbolRules() {
    return guardedValue(EXCHANGE_INFO, delegate::loadSymbolRules);
  }

  @Override
  public CompletableFuture<List<ExchangePosition>> positions() {
    return guardedValue(POSITION_RISK, delegate::positions);
  }

  /** The circuit breaker, or null when there is none. */
  public ExchangeCircuitBreaker circuitBreaker() {
    return breaker;
  }

  private CompletableFuture<ExchangeOutcome> guarded(RequestCost cost,
      Supplier<CompletableFuture<ExchangeOutcome>> call) {
    Supplier<CompletableFuture<ExchangeOutcome>> limited = () -> {
      if (rateLimit == null) {
        return call.get();
      }
      if (rateLimit.acquire(cost) instanceof Permit.Refused refused) {
        return CompletableFuture.completedFuture(new ExchangeOutcome.NotSent(refused.message()));
      }
      return call.get().thenApply(outcome -> {
        rateLimit.afterAnswer(cost.orders() > 0 && outcome instanceof ExchangeOutcome.Accepted);
        return outcome;
      });
    };
    return breaker == null ? limited.get() : breaker.call(limited);
  }

  private <T> CompletableFuture<T> guardedValue(RequestCost cost,
      Supplier<CompletableFuture<T>> call) {
    Supplier<CompletableFuture<T>> limited = () -> {
      if (rateLimit == null) {
        return call.get();
      }
      if (rateLimit.acquire(cost) instanceof Permit.Refused refused) {
        return CompletableFuture.failedFuture(
            new CallRefusedException(refused.message(), refused.retryAt()));
      }
      return call.get().whenComplete((value, error) -> rateLimit.afterAnswer(false));
    };
    return breaker == null ? limited.get() : breaker.callForValue(limited);
  }
}
