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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Owns the orders of one exchange account. Every mutation runs on the account's writer
 * thread ({@link Writer}); public methods may be called from any thread and return futures
 * completed by the writer. Exchange I/O never runs on the writer: its answers come back as
 * commands.
 *
 * <p>Answers report only committed state: a command's result is handed to its caller once the
 * store has committed every event the engine had emitted when the result was ready, and a
 * store that does not commit in time turns the answer into UNAVAILABLE (the state is kept and
 * retried by the store; the client's retry by client order id finds it).
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
  private final FillLedger fills;
  private final RecentOrders recent = new RecentOrders();
  /** Order id of every live order by the client order id the exchange knows it by. */
  private final Map<String, String> liveByExchangeClientId = new HashMap<>();
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
    this.fills = new FillLedger(store);
    this.submissions = new Submissions(this, exchange, store, writer, settings);
    this.guards = guards;
    this.admission = new Admission(this, writer, rules, store, new OrderIds(clock), settings,
        guards);
    this.amendments = new Amendments(this, exchange, rules, writer);
    this.reconciler = new Reconciler(this, exchange, store, writer, new OrderIds(clock),
        settings);
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
    return committed(writer.call(() -> admission.admit(request)).thenCompose(f -> f));
  }

  /**
   * Validates, records and sends new orders together: each is admitted on its own ({@link
   * Admission#admitBatch}: a refused one answers its refusal, the others go on), the admitted
   * ones' intents are committed together and then sent in requests of at most {@link
   * ExchangeGateway#MAX_BATCH_ORDERS} ({@link Submissions#submitBatch}). Answers one future per
   * request, in order, each completing as {@link #create}'s would for that request alone.
   */
  public List<CompletableFuture<Result<Order>>> createBatch(List<OrderRequest> requests) {
    if (reconciling) {
      Result<Order> refused = Result.refused(Refusal.unavailable(
          "account " + accountId + " is reconciling with the exchange; retry shortly"));
      return requests.stream().map(request -> CompletableFuture.completedFuture(refused))
          .toList();
    }
    CompletableFuture<List<CompletableFuture<Result<Order>>>> admitted =
        writer.call(() -> admission.admitBatch(requests));
    List<CompletableFuture<Result<Order>>> answers = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      int item = i;
      answers.add(committed(admitted.thenCompose(all -> all.get(item))));
    }
    return answers;
  }

  /**
   * Cancels orders of this account, one result per id, in order, each as {@link #cancel} would
   * answer it. Acknowledged, non-conditional orders go together, per symbol, in requests of at
   * most {@link ExchangeGateway#MAX_BATCH_CANCELS} (Binance {@code DELETE
   * /fapi/v1/batchOrders}); the others (on their way, UNKNOWN, conditional, not open) as {@link
   * #cancel} does, and a symbol's only order with a single cancel. An id named twice shares the
   * first one's result.
   */
  public List<CompletableFuture<Result<Order>>> cancelBatch(List<String> orderIds) {
    CompletableFuture<List<CompletableFuture<Result<Order>>>> requested =
        writer.call(() -> requestCancels(orderIds));
    List<CompletableFuture<Result<Order>>> results = new ArrayList<>(orderIds.size());
    for (int i = 0; i < orderIds.size(); i++) {
      int item = i;
      results.add(committed(requested.thenCompose(all -> all.get(item))));
    }
    return results;
  }

  private List<CompletableFuture<Result<Order>>> requestCancels(List<String> orderIds) {
    List<CompletableFuture<Result<Order>>> results = new ArrayList<>(orderIds.size());
    Map<String, Integer> firstIndex = new HashMap<>();
    Map<String, List<Integer>> togetherBySymbol = new LinkedHashMap<>();
    for (int i = 0; i < orderIds.size(); i++) {
      String orderId = orderIds.get(i);
      Integer first = firstIndex.putIfAbsent(orderId, i);
      results.add(null);
      if (first != null) {
        continue;
      }
      Order order = orders.get(orderId);
      if (order != null && cancelableTogether(order)) {
        togetherBySymbol.computeIfAbsent(order.symbol(), symbol -> new ArrayList<>()).add(i);
      } else {
        results.set(i, requestCancel(orderId));
      }
    }
    togetherBySymbol.forEach((symbol, items) -> {
      for (int from = 0; from < items.size(); from += ExchangeGateway.MAX_BATCH_CANCELS) {
        List<Integer> chunk = items.subList(from,
            Math.min(items.size(), from + ExchangeGateway.MAX_BATCH_CANCELS));
        if (chunk.size() == 1) {
          int item = chunk.getFirst();
          results.set(item, submissions.cancel(orders.get(orderIds.get(item))));
          continue;
        }
        List<CompletableFuture<Result<Order>>> canceled = submissions.cancelBatch(symbol,
            chunk.stream().map(item -> orders.get(orderIds.get(item))).toList());
        for (int i = 0; i < chunk.size(); i++) {
          results.set(chunk.get(i), canceled.get(i));
        }
      }
    });
    for (int i = 0; i < orderIds.size(); i++) {
      if (results.get(i) == null) {
        results.set(i, results.get(firstIndex.get(orderIds.get(i))));
      }
    }
    return results;
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
    return committed(writer.call(() -> requestCancel(orderId)).thenCompose(f -> f));
  }

  /**
   * Cancels every open order of this account on {@code symbol}. Those the exchange has
   * acknowledged and that are not conditional go with one request for the whole symbol (Binance
   * {@code DELETE /fapi/v1/allOpenOrders}); the others (on their way, UNKNOWN, conditional) one
   * by one, as {@link #cancel} does. Only for a caller entitled to every order of the symbol:
   * the exchange cancels them all, whoever placed them.
   */
  public CompletableFuture<List<OrderEngine.CancelResult>> cancelAllOn(String symbol) {
    return writer.call(() -> {
      List<CompletableFuture<OrderEngine.CancelResult>> results = new ArrayList<>();
      List<Order> together = new ArrayList<>();
      for (Order order : openOrders(open -> open.symbol().equals(symbol))) {
        if (cancelableTogether(order)) {
          together.add(order);
        } else {
          results.add(resultOf(order, requestCancel(order.orderId())));
        }
      }
      if (!together.isEmpty()) {
        submissions.cancelAll(symbol, together)
            .forEach((order, result) -> results.add(resultOf(order, result)));
      }
      return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
          .thenApply(done -> results.stream().map(CompletableFuture::join).toList());
    }).thenCompose(all -> all);
  }

  private boolean cancelableTogether(Order order) {
    return (order.state() == OrderState.SUBMITTED || order.state() == OrderState.PARTIALLY_FILLED)
        && !order.request().type().isConditional() && admission.inFlight(order.orderId()) == null;
  }

  private CompletableFuture<OrderEngine.CancelResult> resultOf(Order order,
      CompletableFuture<Result<Order>> result) {
    return committed(result)
        .thenApply(settled -> new OrderEngine.CancelResult(order.orderId(), settled));
  }

  /** Changes quantity and/or price (null keeps it) of an open LIMIT order. */
  public CompletableFuture<Result<Order>> amend(String orderId, BigDecimal quantity,
      BigDecimal price) {
    return committed(writer.call(() -> amendments.amend(live(orderId), orderId, quantity, price))
        .thenCompose(f -> f));
  }

  /**
   * {@code result}, handed on once the store has committed every event emitted when it was
   * ready; UNAVAILABLE if the store does not commit within the intent commit timeout.
   */
  private CompletableFuture<Result<Order>> committed(CompletableFuture<Result<Order>> result) {
    return result.thenCompose(outcome -> {
      if (!(outcome instanceof Result.Done<Order> done)) {
        return CompletableFuture.completedFuture(outcome);
      }
      return store.whenCommitted(feed.lastSequence())
          .orTimeout(settings.intentCommitTimeout().toMillis(), TimeUnit.MILLISECONDS)
          .handle((committed, error) -> error == null ? outcome
              : Result.refused(Refusal.unavailable("order " + done.value().orderId()
                  + " is " + done.value().state() + " but the order store has not committed it"
                  + " yet; retry with the same client_order_id")));
    });
  }

  /**
   * Writer only: the caller's answer to a submission — its settlement, or the order as it
   * stands if that takes longer than {@link EngineSettings#answerWithin()} (an unknown
   * outcome is looked up until the exchange can no longer accept it).
   */
  CompletableFuture<Result<Order>> answerFor(String orderId,
      CompletableFuture<Result<Order>> settlement) {
    return settlement.copy()
        .completeOnTimeout(null, settings.answerWithin().toMillis(), TimeUnit.MILLISECONDS)
        .thenCompose(settled -> settled != null ? CompletableFuture.completedFuture(settled)
            : writer.call(() -> known(orderId).<Result<Order>>map(Result::done)
                .orElseGet(() -> Result.refused(Refusal.notFound(
                    "order " + orderId + " not found")))));
  }

  /** Open orders of this account that match {@code filter}, as they stand now. */
  public List<Order> openOrders(Predicate<Order> filter) {
    return orders.values().stream().filter(filter).toList();
  }

  /** Applies a report the exchange pushed; ignored unless it names one of oes's orders. */
  public void onExecution(ExecutionReport report) {
    writer.execute(() -> byExchangeClientId(report.exchangeClientId())
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

  /**
   * Writer only: journals a freshly admitted order's intent and sends it once that is
   * committed; completes when its outcome is settled.
   */
  CompletableFuture<Result<Order>> send(Order order) {
    return submissions.submit(order, recordIntent(order));
  }

  /** Writer only: journals a freshly admitted order's intent; returns its sequence. */
  long recordIntent(Order order) {
    return record(order, UpdateType.CREATED, null);
  }

  /**
   * Writer only: sends freshly admitted orders whose intents are journaled, the last as {@code
   * lastIntent}, together once that is committed; one settlement per order, in order.
   */
  List<CompletableFuture<Result<Order>>> sendBatch(List<Order> admitted, long lastIntent) {
    return submissions.submitBatch(admitted, lastIntent);
  }

  /** Writer only: takes an open order back under management (restart, adoption). */
  void restore(Order order) {
    if (order.state().isOpen() && !orders.containsKey(order.orderId())) {
      guards.risk().onOrderChanged(null, order);
      orders.put(order.orderId(), order);
      liveByExchangeClientId.put(order.exchangeClientId(), order.orderId());
      admission.remember(order);
    }
  }

  /**
   * Writer only: looks up a restored order whose submission outcome was never recorded (the
   * gateway stopped while it was on its way) until the exchange says how it stands; new
   * orders and cancels of it wait for that, as for any submission in flight.
   */
  void resolveUnknown(Order order, String reason) {
    if (!isInFlight(order.orderId())) {
      admission.track(order.orderId(), submissions.resolveUnknown(order, reason));
    }
  }

  /** Writer only: the order is sent but its outcome is not known; says why. */
  Order markUnknown(Order order, String reason) {
    if (order.state() == OrderState.UNKNOWN) {
      return order;
    }
    OrderLifecycle.check(order.orderId(), order.state(), OrderState.UNKNOWN);
    Order next = order.withState(OrderState.UNKNOWN, clock.instant()).withRejectReason(reason);
    record(next, UpdateType.UNKNOWN, null);
    return next;
  }

  /** Writer only: the order the exchange knows as {@code exchangeClientId}, live or stored. */
  Optional<Order> byExchangeClientId(String exchangeClientId) {
    if (exchangeClientId == null || !exchangeClientId.startsWith(settings.clientIdPrefix())) {
      return Optional.empty();
    }
    String orderId = liveByExchangeClientId.get(exchangeClientId);
    if (orderId != null) {
      return Optional.ofNullable(orders.get(orderId));
    }
    return store.findByExchangeClientId(accountId, exchangeClientId)
        .map(stored -> known(stored.orderId()).orElse(stored));
  }

  /** Writer only: orders admitted that wait for their intent's commit before they are sent. */
  int ordersAwaitingSend() {
    return submissions.awaitingSend();
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
   * Writer only: applies {@code report} with those of {@code trades} (the order's trades on the
   * exchange) oes has not seen: each earlier one as a fill of its own, the newest with the
   * report's change, so that the change that fills the order carries the fill that did.
   */
  Order applyReport(Order order, ExecutionReport report, List<TradeFill> trades) {
    List<TradeFill> byTime = trades.stream().sorted(Comparator.comparing(TradeFill::time)).toList();
    if (byTime.isEmpty()) {
      return applyReport(order, report);
    }
    byTime.subList(0, byTime.size() - 1).forEach(trade -> applyTrade(order, trade));
    return applyReport(order, new ExecutionReport(report.exchangeOrderId(),
        report.exchangeClientId(), report.symbol(), report.state(), report.executedQuantity(),
        report.averagePrice(), report.reason(), report.updateTime(), byTime.getLast(),
        report.terms()));
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

  /**
   * Writer only: makes {@code order} the current state and tells everyone downstream; returns
   * the journal sequence of the change.
   */
  long record(Order order, UpdateType type, Fill fill) {
    Order before = orders.containsKey(order.orderId()) ? orders.get(order.orderId())
        : recent.find(order.orderId()).orElse(null);
    if (before == null || before.state().isOpen()) {
      // a late fee on a finished order changes no exposure
      guards.risk().onOrderChanged(before, order);
    } else if (order.state().isOpen()) {
      // settled without the exchange's word, and the exchange has it open after all
      guards.risk().onOrderChanged(null, order);
      admission.remember(order);
    }
    if (order.state().isFinal()) {
      orders.remove(order.orderId());
      liveByExchangeClientId.remove(order.exchangeClientId());
      recent.add(order);
      admission.forget(order);
    } else {
      orders.put(order.orderId(), order);
      liveByExchangeClientId.put(order.exchangeClientId(), order.orderId());
    }
    long sequence = feed.emit(new OrderEvent(0, order, type, fill, order.updatedAt())).sequence();
    submissions.onRecorded(order);
    return sequence;
  }

  InstantSource clock() {
    return clock;
  }

  @Override
  public void close() {
    writer.close();
  }
}
