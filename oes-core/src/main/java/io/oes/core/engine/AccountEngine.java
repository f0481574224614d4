package io.oes.core.engine;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.OrderFeed;
import io.oes.core.feed.UpdateType;
import io.oes.core.lifecycle.OrderLifecycle;
import io.oes.core.lifecycle.ReportApplier;
import io.oes.core.lifecycle.Transition;
import io.oes.core.order.Fill;
import io.oes.core.order.Order;
import io.oes.core.order.OrderIds;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.port.ExecutionReport;
import io.oes.core.port.OrderStore;
import io.oes.core.port.TradeFill;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.Result;
import io.oes.core.symbol.SymbolRulesBook;
import java.math.BigDecimal;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Owns the orders of one exchange account. Every mutation runs on the account's writer
 * thread ({@link Writer}); public methods may be called from any thread and return futures
 * completed by the writer. Exchange I/O never runs on the writer: its answers come back as
 * commands.
 */
public final class AccountEngine implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(AccountEngine.class.getName());

  private final String accountId;
  private final ExchangeGateway exchange;
  private final OrderFeed feed;
  private final OrderStore store;
  private final InstantSource clock;
  private final EngineSettings settings;
  private final Writer writer;
  private final Submissions submissions;
  private final Admission admission;
  private final Amendments amendments;
  private final Reconciler reconciler;
  private volatile boolean reconciling;
  private final FillLedger fills = new FillLedger();
  private final RecentOrders recent = new RecentOrders();
  private final EngineGuards guards;
  private final CompletableFuture<Void> clientIdsLoaded;

  /** Live orders of this account by order id; written by the writer, read by anyone. */
  private final Map<String, Order> orders = new ConcurrentHashMap<>();

  public AccountEngine(String accountId, ExchangeGateway exchange, SymbolRulesBook rules,
      OrderFeed feed, OrderStore store, InstantSource clock, EngineSettings settings) {
    this(accountId, exchange, rules, feed, store, clock, settings, EngineGuards.none(clock));
  }

  public AccountEngine(String accountId, ExchangeGateway exchange, SymbolRulesBook rules,
      OrderFeed feed, OrderStore store, InstantSource clock, EngineSettings settings,
      EngineGuards guards) {
    this.accountId = accountId;
    this.exchange = exchange;
    this.feed = feed;
    this.store = store;
    this.clock = clock;
    this.settings = settings;
    this.writer = new Writer("engine-" + accountId);
    this.submissions = new Submissions(this, exchange, writer, settings);
    this.guards = guards;
    this.admission = new Admission(this, writer, rules, store, new OrderIds(clock), settings,
        guards);
    this.amendments = new Amendments(this, exchange, rules, writer);
    this.reconciler = new Reconciler(this, exchange, store, writer, settings);
    this.clientIdsLoaded = admission.loadUsedClientIds();
  }

  public String accountId() {
    return accountId;
  }

  /**
   * Validates, records and sends a new order; completes when the exchange answered. Refused
   * with UNAVAILABLE while the account is being reconciled.
   */
  public CompletableFuture<Result<Order>> create(OrderRequest request) {
    if (reconciling) {
      return CompletableFuture.completedFuture(Result.refused(Refusal.unavailable(
          "account " + accountId + " is reconciling with the exchange; retry shortly")));
    }
    return writer.call(() -> admission.admit(request)).thenCompose(f -> f);
  }

  /**
   * Compares every open order with the exchange and corrects oes's view (see {@link
   * Reconciler}). While {@code blocking}, new orders are refused until it is done.
   */
  public CompletableFuture<Reconciliation> reconcile(boolean blocking) {
    if (blocking) {
      reconciling = true;
    }
    return reconciler.reconcile().whenComplete((done, error) -> {
      if (blocking) {
        reconciling = false;
      }
    });
  }

  /**
   * Completes once the client order ids in the store are loaded and a fresh id is admitted
   * without a store look-up (they load in the background; until then every id is looked up).
   */
  public CompletableFuture<Void> clientIdsLoaded() {
    return clientIdsLoaded;
  }

  /** Whether new orders wait for a reconciliation to finish. */
  public boolean isReconciling() {
    return reconciling;
  }

  /** Cancels an open order of this account; completes when the exchange answered. */
  public CompletableFuture<Result<Order>> cancel(String orderId) {
    return writer.call(() -> requestCancel(orderId)).thenCompose(f -> f);
  }

  /** Changes quantity and/or price (null keeps it) of an open LIMIT order. */
  public CompletableFuture<Result<Order>> amend(String orderId, BigDecimal quantity,
      BigDecimal price) {
    return writer.call(() -> amendments.amend(live(orderId), orderId, quantity, price))
        .thenCompose(f -> f);
  }

  /** Open orders of this account that match {@code filter}, as they stand now. */
  public List<Order> openOrders(Predicate<Order> filter) {
    return orders.values().stream().filter(filter).toList();
  }

  /** Applies a report the exchange pushed; ignored unless it names one of oes's orders. */
  public void onExecution(ExecutionReport report) {
    writer.execute(() -> orderIdOf(report.exchangeClientId())
        .flatMap(this::known)
        .ifPresent(order -> applyReport(order, report)));
  }

  /** The order as the engine holds it now, if it is one of this account's live orders. */
  public Optional<Order> find(String orderId) {
    return Optional.ofNullable(orders.get(orderId));
  }

  private CompletableFuture<Result<Order>> requestCancel(String orderId) {
    Order order = orders.get(orderId);
    if (order == null) {
      return CompletableFuture.completedFuture(known(orderId)
          .<Result<Order>>map(AccountEngine::alreadyFinal)
          .orElseGet(() -> Result.refused(Refusal.notFound("order " + orderId + " not found"))));
    }
    CompletableFuture<Result<Order>> submission = admission.inFlight(orderId);
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

  /** Writer only: sends a freshly admitted order. */
  CompletableFuture<Result<Order>> send(Order order) {
    record(order, UpdateType.CREATED, null);
    return submissions.submit(order);
  }

  /** Writer only: takes an open order back under management (restart, adoption). */
  void restore(Order order) {
    if (order.state().isOpen() && !orders.containsKey(order.orderId())) {
      guards.risk().onOrderChanged(null, order);
      orders.put(order.orderId(), order);
      admission.remember(order);
    }
  }

  /** Writer only: whether the order's submission outcome is still pending. */
  boolean isInFlight(String orderId) {
    return admission.inFlight(orderId) != null;
  }

  /** Writer only: the live order, or null. */
  Order live(String orderId) {
    return orders.get(orderId);
  }

  /** Writer only: the order as it stands now, live or finished. */
  Optional<Order> known(String orderId) {
    Order live = orders.get(orderId);
    if (live != null) {
      return Optional.of(live);
    }
    return recent.find(orderId).or(() -> store.findById(orderId));
  }

  /** Writer only: the order as it stands now; {@code known} when oes has nothing newer. */
  Order current(Order known) {
    return known(known.orderId()).orElse(known);
  }

  /** Writer only: applies an exchange report to the order; returns the order as it now is. */
  Order applyReport(Order order, ExecutionReport report) {
    Order current = current(order);
    Optional<Transition> change = ReportApplier.apply(current, report, clock.instant());
    Optional<Fill> fill = fills.admit(current, report.lastFill());
    Order next = change.map(Transition::order).orElse(current);
    if (fill.isPresent()) {
      next = next.withFeeAdded(fill.get().fee(), fill.get().feeAsset());
    }
    if (change.isPresent() || fill.isPresent()) {
      record(next, change.map(Transition::type).orElse(UpdateType.UPDATED), fill.orElse(null));
    }
    return next;
  }

  /**
   * Writer only: asks the exchange for the trades of {@code order} and applies those oes has
   * not seen, each as a fill with its fee and liquidity. For fills the push channel missed.
   */
  void catchUpFills(Order order) {
    if (order.exchangeOrderId() == null) {
      return;
    }
    exchange.orderTrades(order.symbol(), order.exchangeOrderId())
        .thenAcceptAsync(trades -> trades.forEach(trade -> applyTrade(order, trade)), writer)
        .exceptionally(error -> {
          LOG.log(System.Logger.Level.WARNING, "trades of order " + order.orderId()
              + " could not be fetched: " + error.getMessage());
          return null;
        });
  }

  private void applyTrade(Order order, TradeFill trade) {
    Order current = current(order);
    fills.admit(current, trade).ifPresent(fill -> record(
        current.withFeeAdded(fill.fee(), fill.feeAsset()), UpdateType.UPDATED, fill));
  }

  /** Writer only: ends an order that never traded, with the reason. */
  Order finish(Order order, OrderState state, String reason) {
    Order current = current(order);
    if (current.state().isFinal()) {
      return current;
    }
    OrderLifecycle.check(current.orderId(), current.state(), state);
    Order next = current.withState(state, clock.instant()).withRejectReason(reason);
    record(next, ReportApplier.typeOf(state), null);
    return next;
  }

  /** Writer only: makes {@code order} the current state and tells everyone downstream. */
  void record(Order order, UpdateType type, Fill fill) {
    Order before = orders.containsKey(order.orderId()) ? orders.get(order.orderId())
        : recent.find(order.orderId()).orElse(null);
    if (before == null || before.state().isOpen()) {
      // a late fee on a finished order changes no exposure
      guards.risk().onOrderChanged(before, order);
    }
    if (order.state().isFinal()) {
      orders.remove(order.orderId());
      recent.add(order);
      admission.forget(order);
    } else {
      orders.put(order.orderId(), order);
    }
    feed.emit(new OrderEvent(0, order, type, fill, order.updatedAt()));
  }

  private Optional<String> orderIdOf(String exchangeClientId) {
    String prefix = settings.clientIdPrefix();
    return exchangeClientId != null && exchangeClientId.startsWith(prefix)
        ? Optional.of(exchangeClientId.substring(prefix.length())) : Optional.empty();
  }

  InstantSource clock() {
    return clock;
  }

  @Override
  public void close() {
    writer.close();
  }
}
