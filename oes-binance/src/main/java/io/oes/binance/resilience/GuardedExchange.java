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
import java.util.Collections;
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
 * priority; query and exchange info weight 1; all open orders weight 40; a batch of new orders
 * ({@code POST /fapi/v1/batchOrders}) weight 5 and 5 orders on the 10-second counter but 1 on
 * the minute's; a batch cancel weight 1 with cancel priority. A batch is one call for the
 * circuit breaker. A cancel or query that
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

  /**
   * One permit of the breaker for the whole call, and the cost of what the adapter sends for
   * it: one {@code POST /fapi/v1/batchOrders} for two or more orders of the batch endpoint
   * (weight 5; 5 orders on the 10-second counter, 1 on the minute's) plus a single order's cost
   * for each conditional one; a single order's cost for a lone order.
   */
  @Override
  public CompletableFuture<List<ExchangeOutcome>> submitBatch(List<Order> orders) {
    return guardedBatch(batchCost(orders), orders.size(), () -> delegate.submitBatch(orders));
  }

  static RequestCost batchCost(List<Order> orders) {
    int conditional = (int) orders.stream()
        .filter(order -> order.request().type().isConditional()).count();
    int together = orders.size() - conditional;
    if (together < 2) {
      return RequestCost.newOrders(orders.size());
    }
    int batches = (together + MAX_BATCH_ORDERS - 1) / MAX_BATCH_ORDERS;
    RequestCost batch = RequestCost.batchOrders();
    return new RequestCost(batches * batch.weight(), batches * batch.orders() + conditional,
        batches * batch.minuteOrders() + conditional, Priority.NORMAL);
  }

  /** One {@code DELETE /fapi/v1/batchOrders} (weight 1, cancel priority) per 10 orders. */
  @Override
  public CompletableFuture<List<ExchangeOutcome>> cancelBatch(String symbol,
      List<String> exchangeClientIds) {
    int requests = Math.max(1,
        (exchangeClientIds.size() + MAX_BATCH_CANCELS - 1) / MAX_BATCH_CANCELS);
    return guardedBatch(new RequestCost(requests, 0, Priority.CANCEL), exchangeClientIds.size(),
        () -> delegate.cancelBatch(symbol, exchangeClientIds));
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

  private CompletableFuture<List<ExchangeOutcome>> guardedBatch(RequestCost cost, int count,
      Supplier<CompletableFuture<List<ExchangeOutcome>>> call) {
    Supplier<CompletableFuture<List<ExchangeOutcome>>> limited = () -> {
      if (rateLimit == null) {
        return call.get();
      }
      if (!rateLimit.limiter().limits().canEverGrant(cost)) {
        return CompletableFuture.completedFuture(Collections.nCopies(count,
            new ExchangeOutcome.NotSent("rate limit: one request for these orders costs " + cost
                + ", more than the budget " + rateLimit.limiter().limits() + " ever allows")));
      }
      if (rateLimit.acquire(cost) instanceof Permit.Refused refused) {
        return CompletableFuture.completedFuture(
            Collections.nCopies(count, new ExchangeOutcome.NotSent(refused.message())));
      }
      return call.get().thenApply(outcomes -> {
        rateLimit.afterAnswer(cost.orders() > 0 && outcomes.stream()
            .anyMatch(outcome -> outcome instanceof ExchangeOutcome.Accepted));
        return outcomes;
      });
    };
    return breaker == null ? limited.get() : breaker.callBatch(count, limited);
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
