package io.oes.core.engine;

import io.oes.core.feed.OrderFeed;
import io.oes.core.order.Order;
import io.oes.core.order.OrderIds;
import io.oes.core.order.OrderRequest;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.port.ExecutionReport;
import io.oes.core.port.OrderStore;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.Result;
import io.oes.core.symbol.SymbolRulesBook;
import java.math.BigDecimal;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs the orders of one exchange account. The account's state is one {@link AccountBook} that
 * only the account's writer thread ({@link Writer}) touches; admission, submission, cancels,
 * amendment and reconciliation are handlers that take the book and the ports. Public methods
 * may be called from any thread: each hands a command to the writer and returns a future the
 * writer's handlers complete. Neither exchange nor store I/O runs on the writer: answers and
 * store reads come back to it as commands.
 *
 * <p>Answers report only committed state: a command's result is handed to its caller once the
 * store has committed every event the engine had emitted when the result was ready, and a
 * store that does not commit in time turns the answer into UNAVAILABLE (the state is kept and
 * retried by the store; the client's retry by client order id finds it).
 */
public final class AccountEngine implements AutoCloseable {
  private final String accountId;
  private final OrderFeed feed;
  private final OrderStore store;
  private final EngineSettings settings;
  private final Writer writer;
  private final AccountBook book;
  private final Submissions submissions;
  private final Admission admission;
  private final Cancels cancels;
  private final Amendments amendments;
  private final Reconciler reconciler;
  private final PushedReports pushed;
  private final CompletableFuture<Void> clientIdsLoaded;
  /** Set once another instance owns the account; null while it trades here. */
  private volatile String stoppedBecause;
  private volatile boolean reconciling;

  public AccountEngine(String accountId, ExchangeGateway exchange, SymbolRulesBook rules,
      OrderFeed feed, OrderStore store, InstantSource clock, EngineSettings settings) {
    this(accountId, exchange, rules, feed, store, clock, settings, EngineGuards.none(clock));
  }

  public AccountEngine(String accountId, ExchangeGateway exchange, SymbolRulesBook rules,
      OrderFeed feed, OrderStore store, InstantSource clock, EngineSettings settings,
      EngineGuards guards) {
    this(accountId, exchange, rules, feed, store, clock, settings, guards,
        Writer.thread("engine-" + accountId));
  }

  AccountEngine(String accountId, ExchangeGateway exchange, SymbolRulesBook rules,
      OrderFeed feed, OrderStore store, InstantSource clock, EngineSettings settings,
      EngineGuards guards, Writer writer) {
    this.accountId = accountId;
    this.feed = feed;
    this.store = store;
    this.settings = settings;
    this.writer = writer;
    this.book = new AccountBook(accountId, settings.clientIdPrefix(), feed, guards.risk(), clock);
    StoreReads reads = new StoreReads(accountId, store);
    this.submissions = new Submissions(book, exchange, store, writer, settings);
    this.admission = new Admission(book, submissions, reads, writer, rules, new OrderIds(clock),
        settings, guards);
    this.cancels = new Cancels(book, submissions, reads, writer);
    this.amendments = new Amendments(book, exchange, reads, rules, writer);
    this.reconciler = new Reconciler(book, submissions, exchange, reads, writer,
        new OrderIds(clock));
    this.pushed = new PushedReports(book, reads, writer);
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
    if (stoppedBecause != null) {
      return CompletableFuture.completedFuture(whileStopped());
    }
    if (reconciling) {
      return CompletableFuture.completedFuture(whileReconciling());
    }
    return committed(writer.call(() -> admission.admit(request)).thenCompose(f -> f));
  }

  /**
   * Validates, records and sends new orders together: each is admitted on its own (a refused
   * one answers its refusal, the others go on), the admitted ones' intents are committed
   * together and then sent in requests of at most {@link ExchangeGateway#MAX_BATCH_ORDERS}.
   * Answers one future per request, in order, each completing as {@link #create}'s would for
   * that request alone.
   */
  public List<CompletableFuture<Result<Order>>> createBatch(List<OrderRequest> requests) {
    if (stoppedBecause != null) {
      return requests.stream()
          .map(request -> CompletableFuture.completedFuture(whileStopped())).toList();
    }
    if (reconciling) {
      return requests.stream()
          .map(request -> CompletableFuture.completedFuture(whileReconciling())).toList();
    }
    return each(writer.call(() -> admission.admitBatch(requests)), requests.size());
  }

  private Result<Order> whileReconciling() {
    return Result.refused(Refusal.unavailable(
        "account " + accountId + " is reconciling with the exchange; retry shortly"));
  }

  /**
   * From now on every command of this account is refused (UNAVAILABLE, with {@code reason}),
   * and reconciliations fail: another instance owns it now. Nothing more is sent from here.
   */
  public void stopTrading(String reason) {
    stoppedBecause = reason;
  }

  /** Why this account no longer trades here, if it does not. */
  public Optional<String> stoppedBecause() {
    return Optional.ofNullable(stoppedBecause);
  }

  private Result<Order> whileStopped() {
    return Result.refused(Refusal.unavailable(
        "account " + accountId + " is not traded by this instance: " + stoppedBecause));
  }

  /** Cancels an open order of this account; completes when the exchange answered. */
  public CompletableFuture<Result<Order>> cancel(String orderId) {
    if (stoppedBecause != null) {
      return CompletableFuture.completedFuture(whileStopped());
    }
    return committed(writer.call(() -> cancels.cancel(orderId)).thenCompose(f -> f));
  }

  /**
   * Cancels orders of this account, one result per id, in order, each as {@link #cancel} would
   * answer it. Acknowledged, non-conditional orders go together, per symbol, in requests of at
   * most {@link ExchangeGateway#MAX_BATCH_CANCELS} (Binance {@code DELETE
   * /fapi/v1/batchOrders}); the others one by one. An id named twice shares the first one's
   * result.
   */
  public List<CompletableFuture<Result<Order>>> cancelBatch(List<String> orderIds) {
    if (stoppedBecause != null) {
      return orderIds.stream().map(id -> CompletableFuture.completedFuture(whileStopped()))
          .toList();
    }
    return each(writer.call(() -> cancels.cancelBatch(orderIds)), orderIds.size());
  }

  /**
   * Cancels every open order of this account on {@code symbol}. Those the exchange has
   * acknowledged and that are not conditional go with one request for the whole symbol (Binance
   * {@code DELETE /fapi/v1/allOpenOrders}); the others (on their way, UNKNOWN, conditional) one
   * by one. Only for a caller entitled to every order of the symbol: the exchange cancels them
   * all, whoever placed them.
   */
  public CompletableFuture<List<OrderEngine.CancelResult>> cancelAllOn(String symbol) {
    if (stoppedBecause != null) {
      return CompletableFuture.failedFuture(new IllegalStateException(
          "account " + accountId + " is not traded by this instance: " + stoppedBecause));
    }
    return writer.call(() -> cancels.cancelAllOn(symbol)).thenCompose(byOrder -> {
      List<CompletableFuture<OrderEngine.CancelResult>> results = new ArrayList<>();
      for (Map.Entry<Order, CompletableFuture<Result<Order>>> each : byOrder.entrySet()) {
        String orderId = each.getKey().orderId();
        results.add(committed(each.getValue())
            .thenApply(settled -> new OrderEngine.CancelResult(orderId, settled)));
      }
      return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
          .thenApply(done -> results.stream().map(CompletableFuture::join).toList());
    });
  }

  /** Changes quantity and/or price (null keeps it) of an open LIMIT order. */
  public CompletableFuture<Result<Order>> amend(String orderId, BigDecimal quantity,
      BigDecimal price) {
    if (stoppedBecause != null) {
      return CompletableFuture.completedFuture(whileStopped());
    }
    return committed(writer.call(() -> amendments.amend(orderId, quantity, price))
        .thenCompose(f -> f));
  }

  /**
   * Compares every open order with the exchange and corrects oes's view (see {@link
   * Reconciler}); completes once the store has committed the corrections, or after the intent
   * commit timeout if it does not (they are kept and retried by the store). While {@code
   * blocking}, new orders are refused until it is done.
   */
  public CompletableFuture<Reconciliation> reconcile(boolean blocking) {
    if (stoppedBecause != null) {
      return CompletableFuture.failedFuture(new IllegalStateException(
          "account " + accountId + " is not traded by this instance: " + stoppedBecause));
    }
    if (blocking) {
      reconciling = true;
    }
    return reconciler.reconcile().thenCompose(done -> store.whenCommitted(feed.lastSequence())
        .orTimeout(settings.intentCommitTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .handle((committed, error) -> done)).whenComplete((done, error) -> {
      if (blocking) {
        reconciling = false;
      }
    });
  }

  /** Whether new orders wait for a reconciliation to finish. */
  public boolean isReconciling() {
    return reconciling;
  }

  /**
   * Completes once the client order ids in the store are loaded and a fresh id is admitted
   * without a store look-up (they load in the background; until then every id is looked up).
   */
  public CompletableFuture<Void> clientIdsLoaded() {
    return clientIdsLoaded;
  }

  /** Applies a report the exchange pushed; ignored unless it names one of oes's orders. */
  public void onExecution(ExecutionReport report) {
    writer.execute(() -> pushed.onExecution(report));
  }

  /** Open orders of this account that match {@code filter}, as they stand now. */
  public List<Order> openOrders(Predicate<Order> filter) {
    return book.openOrders(filter);
  }

  /** The order as the engine holds it now, if it is one of this account's live orders. */
  public Optional<Order> find(String orderId) {
    return Optional.ofNullable(book.live(orderId));
  }

  /** One future per item of the list {@code all} completes with, each handed on committed. */
  private List<CompletableFuture<Result<Order>>> each(
      CompletableFuture<List<CompletableFuture<Result<Order>>>> all, int count) {
    List<CompletableFuture<Result<Order>>> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int item = i;
      items.add(committed(all.thenCompose(list -> list.get(item))));
    }
    return items;
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

  @Override
  public void close() {
    writer.close();
  }
}
