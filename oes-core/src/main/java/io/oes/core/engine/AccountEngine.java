package io.oes.core.engine;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.OrderFeed;
import io.oes.core.feed.UpdateType;
import io.oes.core.lifecycle.OrderLifecycle;
import io.oes.core.lifecycle.ReportApplier;
import io.oes.core.lifecycle.Transition;
import io.oes.core.order.Order;
import io.oes.core.order.OrderIds;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.port.ExecutionReport;
import io.oes.core.port.OrderStore;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.Result;
import io.oes.core.symbol.SymbolRulesBook;
import io.oes.core.validation.OrderValidator;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owns the orders of one exchange account. Every mutation runs on the account's writer
 * thread ({@link Writer}); public methods may be called from any thread and return futures
 * completed by the writer. Exchange I/O never runs on the writer: its answers come back as
 * commands.
 */
public final class AccountEngine implements AutoCloseable {
  private static final int RECENTLY_FINISHED_CAPACITY = 10_000;
  private final String accountId;
  private final ExchangeGateway exchange;
  private final SymbolRulesBook rules;
  private final OrderFeed feed;
  private final OrderStore store;
  private final InstantSource clock;
  private final OrderIds ids;
  private final EngineSettings settings;
  private final OrderValidator validator = new OrderValidator();
  private final Writer writer;
  private final Submissions submissions;

  /** Live orders of this account by order id; written by the writer, read by anyone. */
  private final Map<String, Order> orders = new ConcurrentHashMap<>();
  /** Order id by (user, client order id); writer only. */
  private final Map<String, String> byClientId = new HashMap<>();
  /** Orders that ended lately, so late exchange reports meet their final state; writer only. */
  private final Map<String, Order> recentlyFinished = new LinkedHashMap<>(1024, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Order> eldest) {
      return size() > RECENTLY_FINISHED_CAPACITY;
    }
  };
  /** Submissions whose exchange outcome is not settled yet, by order id; writer only. */
  private final Map<String, CompletableFuture<Result<Order>>> inFlight = new HashMap<>();

  public AccountEngine(String accountId, ExchangeGateway exchange, SymbolRulesBook rules,
      OrderFeed feed, OrderStore store, InstantSource clock, EngineSettings settings) {
    this.accountId = accountId;
    this.exchange = exchange;
    this.rules = rules;
    this.feed = feed;
    this.store = store;
    this.clock = clock;
    this.ids = new OrderIds(clock);
    this.settings = settings;
    this.writer = new Writer("engine-" + accountId);
    this.submissions = new Submissions(this, exchange, writer, settings);
  }

  public String accountId() {
    return accountId;
  }

  /** Validates, records and sends a new order; completes when the exchange answered. */
  public CompletableFuture<Result<Order>> create(OrderRequest request) {
    return writer.call(() -> admit(request)).thenCompose(f -> f);
  }

  /** Cancels an open order of this account; completes when the exchange answered. */
  public CompletableFuture<Result<Order>> cancel(String orderId) {
    return writer.call(() -> requestCancel(orderId)).thenCompose(f -> f);
  }

  /** The order as the engine holds it now, if it is one of this account's live orders. */
  public Optional<Order> find(String orderId) {
    return Optional.ofNullable(orders.get(orderId));
  }

  private CompletableFuture<Result<Order>> admit(OrderRequest raw) {
    OrderRequest request = raw.clientOrderId() == null || raw.clientOrderId().isBlank()
        ? raw.withClientOrderId(ids.next()) : raw;
    Result<OrderRequest> verdict = validator.validate(request, rules);
    if (verdict instanceof Result.Refused<OrderRequest> refused) {
      return CompletableFuture.completedFuture(Result.refused(refused.refusal()));
    }
    OrderRequest valid = ((Result.Done<OrderRequest>) verdict).value();
    Optional<Order> existing = findByClientId(valid.userId(), valid.clientOrderId());
    if (existing.isPresent()) {
      return CompletableFuture.completedFuture(idempotentAnswer(existing.get(), valid));
    }
    String orderId = ids.next();
    Order order = Order.accepted(orderId, accountId, valid, settings.clientIdPrefix() + orderId,
        clock.instant());
    byClientId.put(clientKey(valid.userId(), valid.clientOrderId()), orderId);
    record(order, UpdateType.CREATED);
    CompletableFuture<Result<Order>> outcome = submissions.submit(order);
    inFlight.put(orderId, outcome);
    outcome.whenCompleteAsync((result, error) -> inFlight.remove(orderId), writer);
    return outcome;
  }

  private Result<Order> idempotentAnswer(Order existing, OrderRequest repeated) {
    if (existing.request().sameParametersAs(repeated)) {
      return Result.done(existing);
    }
    return Result.refused(Refusal.alreadyExists("client_order_id " + repeated.clientOrderId()
        + " is already used by order " + existing.orderId() + " with other parameters"));
  }

  private Optional<Order> findByClientId(String userId, String clientOrderId) {
    String orderId = byClientId.get(clientKey(userId, clientOrderId));
    if (orderId != null && orders.containsKey(orderId)) {
      return Optional.of(orders.get(orderId));
    }
    return store.findByClientOrderId(userId, clientOrderId);
  }

  private CompletableFuture<Result<Order>> requestCancel(String orderId) {
    Order order = orders.get(orderId);
    if (order == null) {
      return CompletableFuture.completedFuture(store.findById(orderId)
          .<Result<Order>>map(AccountEngine::alreadyFinal)
          .orElseGet(() -> Result.refused(Refusal.notFound("order " + orderId + " not found"))));
    }
    if (order.state().isFinal()) {
      return CompletableFuture.completedFuture(alreadyFinal(order));
    }
    CompletableFuture<Result<Order>> submission = inFlight.get(orderId);
    if (submission != null) {
      // The exchange cannot cancel what it has not acknowledged yet: cancel once it has.
      return submission.thenComposeAsync(settled -> requestCancel(orderId), writer);
    }
    return submissions.cancel(order);
  }

  static Result<Order> alreadyFinal(Order order) {
    return Result.refused(Refusal.precondition(
        "order " + order.orderId() + " is already " + order.state() + " and cannot be canceled"));
  }

  /** Writer only: the order as it stands now; {@code known} when oes has nothing newer. */
  Order current(Order known) {
    Order live = orders.get(known.orderId());
    if (live != null) {
      return live;
    }
    Order finished = recentlyFinished.get(known.orderId());
    return finished != null ? finished : store.findById(known.orderId()).orElse(known);
  }

  /** Writer only: applies an exchange report to the order; returns the order as it now is. */
  Order applyReport(Order order, ExecutionReport report) {
    Order current = current(order);
    Optional<Transition> change = ReportApplier.apply(current, report, clock.instant());
    change.ifPresent(t -> record(t.order(), t.type()));
    return change.map(Transition::order).orElse(current);
  }

  /** Writer only: ends an order that never traded, with the reason. */
  Order finish(Order order, OrderState state, String reason) {
    Order current = current(order);
    if (current.state().isFinal()) {
      return current;
    }
    OrderLifecycle.check(current.orderId(), current.state(), state);
    Order next = current.withState(state, clock.instant()).withRejectReason(reason);
    record(next, ReportApplier.typeOf(state));
    return next;
  }

  private void record(Order order, UpdateType type) {
    if (order.state().isFinal()) {
      orders.remove(order.orderId());
      recentlyFinished.put(order.orderId(), order);
      // from now on the store answers for this client order id
      byClientId.remove(clientKey(order.userId(), order.clientOrderId()));
    } else {
      orders.put(order.orderId(), order);
    }
    feed.emit(new OrderEvent(0, order, type, null, order.updatedAt()));
  }

  private static String clientKey(String userId, String clientOrderId) {
    return (userId == null ? "" : userId) + '\u0000' + clientOrderId;
  }

  @Override
  public void close() {
    writer.close();
  }
}
