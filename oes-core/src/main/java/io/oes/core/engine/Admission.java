package io.oes.core.engine;

import io.oes.core.order.ClientOrderIndex;
import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.Order;
import io.oes.core.order.OrderIds;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.SharedNames;
import io.oes.core.port.OrderStore;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.Result;
import io.oes.core.symbol.SymbolRulesBook;
import io.oes.core.validation.OrderValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * Admits new orders: validates them, makes {@code client_order_id} an idempotency key per user
 * (same parameters: the existing order; others: ALREADY_EXISTS), and tracks submissions whose
 * exchange outcome is not settled yet. Writer only.
 *
 * <p>A fresh client order id is admitted without asking the store: the ids the store holds are
 * loaded once, off the writer, into {@link UsedClientIds}; only an id that may have been used
 * (or any id while they load) is looked up.
 */
final class Admission {
  private static final System.Logger LOG = System.getLogger(Admission.class.getName());

  private final AccountEngine engine;
  private final SymbolRulesBook rules;
  private final OrderStore store;
  private final OrderIds ids;
  private final EngineSettings settings;
  private final OrderValidator validator = new OrderValidator();
  /** Every open order of a user or a symbol names it with one string. */
  private final SharedNames names = new SharedNames();
  /** Order id by (user, client order id) of open orders; the store answers for the rest. */
  private final ClientOrderIndex<String> byClientId = new ClientOrderIndex<>(this::userOf);
  private final Map<String, CompletableFuture<Result<Order>>> inFlight = new HashMap<>();
  /** Every client order id used, once loaded; null while loading or if loading failed. */
  private UsedClientIds usedClientIds;
  /** Ids used while the store's load, added once it is in; null when not loading. */
  private List<ClientOrderKey> usedWhileLoading = new ArrayList<>();
  private final CompletableFuture<Void> clientIdsLoaded = new CompletableFuture<>();

  private final Writer writer;

  private final EngineGuards guards;

  Admission(AccountEngine engine, Writer writer, SymbolRulesBook rules, OrderStore store,
      OrderIds ids, EngineSettings settings, EngineGuards guards) {
    this.guards = guards;
    this.engine = engine;
    this.writer = writer;
    this.rules = rules;
    this.store = store;
    this.ids = ids;
    this.settings = settings;
  }

  CompletableFuture<Result<Order>> admit(OrderRequest raw) {
    Verdict verdict = judge(raw, 0);
    if (verdict.answer() != null) {
      return verdict.answer();
    }
    Order order = verdict.order();
    CompletableFuture<Result<Order>> settlement = engine.send(order);
    track(order.orderId(), settlement);
    return engine.answerFor(order.orderId(), settlement);
  }

  /**
   * Admits {@code raws} one by one, each exactly as {@link #admit} would on its own (its own
   * validation, idempotency, risk and rate-limit verdict, counting the items admitted before it),
   * and records each admitted order's intent at once, so a later item of the same batch sees it
   * (the same client order id again is a retry of it). The admitted orders are then sent
   * together ({@link AccountEngine#sendBatch}). Answers one answer per request, in order: a
   * refused item answers its refusal and the others go on.
   */
  List<CompletableFuture<Result<Order>>> admitBatch(List<OrderRequest> raws) {
    List<CompletableFuture<Result<Order>>> answers = new ArrayList<>(raws.size());
    List<Order> admitted = new ArrayList<>();
    List<CompletableFuture<Result<Order>>> settlements = new ArrayList<>();
    long lastIntent = 0;
    for (OrderRequest raw : raws) {
      Order order;
      try {
        Verdict verdict = judge(raw, admitted.size());
        if (verdict.answer() != null) {
          answers.add(verdict.answer());
          continue;
        }
        order = verdict.order();
        lastIntent = engine.recordIntent(order);
      } catch (RuntimeException e) {
        // This item's failure is its own: the items admitted before it still go out.
        LOG.log(System.Logger.Level.ERROR, "a batch item failed on account "
            + engine.accountId(), e);
        answers.add(CompletableFuture.failedFuture(e));
        continue;
      }
      CompletableFuture<Result<Order>> settlement = new CompletableFuture<>();
      track(order.orderId(), settlement);
      admitted.add(order);
      settlements.add(settlement);
      answers.add(engine.answerFor(order.orderId(), settlement));
    }
    if (!admitted.isEmpty()) {
      List<CompletableFuture<Result<Order>>> sent;
      try {
        sent = engine.sendBatch(admitted, lastIntent);
      } catch (RuntimeException e) {
        // Nothing left for the exchange: the orders end here, and say why.
        LOG.log(System.Logger.Level.ERROR, "a batch could not be sent on account "
            + engine.accountId(), e);
        sent = admitted.stream().map(order -> {
          engine.finish(order, OrderState.REJECTED, "not sent: " + e);
          return CompletableFuture.completedFuture(Result.<Order>refused(Refusal.unavailable(
              "order " + order.orderId() + " not sent: " + e)));
        }).toList();
      }
      for (int i = 0; i < sent.size(); i++) {
        CompletableFuture<Result<Order>> settlement = settlements.get(i);
        sent.get(i).whenComplete((result, error) -> {
          if (error != null) {
            settlement.completeExceptionally(error);
          } else {
            settlement.complete(result);
          }
        });
      }
    }
    return answers;
  }

  /**
   * What a new order request comes to: an answer now (refused, or an existing order for a
   * repeated client order id), or an order admitted to be recorded and sent.
   */
  private record Verdict(CompletableFuture<Result<Order>> answer, Order order) {
    static Verdict answered(CompletableFuture<Result<Order>> answer) {
      return new Verdict(answer, null);
    }

    static Verdict refused(Refusal refusal) {
      return answered(CompletableFuture.completedFuture(Result.refused(refusal)));
    }
  }

  /**
   * Judges one request; {@code alsoAwaitingSend} orders admitted just before it (the same
   * batch's) have not reached the count of orders awaiting their send yet.
   */
  private Verdict judge(OrderRequest raw, int alsoAwaitingSend) {
    OrderRequest request = raw.clientOrderId() == null || raw.clientOrderId().isBlank()
        ? raw.withClientOrderId(ids.next()) : raw;
    Result<OrderRequest> verdict = validator.validate(request, rules);
    if (verdict instanceof Result.Refused<OrderRequest> refused) {
      return Verdict.refused(refused.refusal());
    }
    OrderRequest valid = names.share(((Result.Done<OrderRequest>) verdict).value());
    Optional<Order> existing = findByClientId(valid.userId(), valid.clientOrderId());
    if (existing.isPresent()) {
      return Verdict.answered(idempotentAnswer(existing.get(), valid));
    }
    Optional<Refusal> offMarket = validator.checkAgainstMarket(valid, rules,
        guards.marks().of(valid.symbol()).orElse(null),
        guards.risk().positions().openOrdersOn(valid.symbol()));
    if (offMarket.isPresent()) {
      return Verdict.refused(offMarket.get());
    }
    Optional<Refusal> guarded = guards.check(valid,
        engine.ordersAwaitingSend() + alsoAwaitingSend);
    if (guarded.isPresent()) {
      return Verdict.refused(guarded.get());
    }
    String orderId = ids.next();
    Order order = Order.accepted(orderId, engine.accountId(), valid,
        settings.clientIdPrefix(), engine.clock().instant());
    byClientId.put(valid.userId(), valid.clientOrderId(), orderId);
    noteUsed(valid.userId(), valid.clientOrderId());
    return new Verdict(null, order);
  }

  /** Until {@code settlement} completes, the order counts as in flight. */
  void track(String orderId, CompletableFuture<Result<Order>> settlement) {
    inFlight.put(orderId, settlement);
    settlement.whenCompleteAsync((result, error) -> inFlight.remove(orderId, settlement), writer);
  }

  /** The submission of {@code orderId} if its outcome is not settled yet, else null. */
  CompletableFuture<Result<Order>> inFlight(String orderId) {
    return inFlight.get(orderId);
  }

  /** An open order taken back under management answers for its client order id. */
  void remember(Order order) {
    byClientId.put(order.userId(), order.clientOrderId(), order.orderId());
    noteUsed(order.userId(), order.clientOrderId());
  }

  /**
   * Loads the client order ids the store holds on a thread of its own and hands them to the
   * writer; any thread. The future completes once fresh ids no longer need a store look-up, or
   * exceptionally if the ids could not be read (every id is then looked up, as before).
   */
  CompletableFuture<Void> loadUsedClientIds() {
    Thread.ofVirtual().name("client-ids-" + engine.accountId()).start(() -> {
      UsedClientIds loaded = new UsedClientIds();
      try {
        store.forEachClientOrderKey(key -> loaded.add(key.userId(), key.clientOrderId()));
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "client order ids of account " + engine.accountId()
            + " not loaded; every new order's id is looked up in the store: " + e.getMessage());
        onWriter(() -> usedWhileLoading = null);
        clientIdsLoaded.completeExceptionally(e);
        return;
      }
      onWriter(() -> install(loaded));
    });
    return clientIdsLoaded;
  }

  private void onWriter(Runnable command) {
    try {
      writer.execute(command);
    } catch (RejectedExecutionException closed) {
      clientIdsLoaded.cancel(false);
    }
  }

  private void install(UsedClientIds loaded) {
    usedWhileLoading.forEach(key -> loaded.add(key.userId(), key.clientOrderId()));
    usedWhileLoading = null;
    usedClientIds = loaded;
    clientIdsLoaded.complete(null);
  }

  private void noteUsed(String userId, String clientOrderId) {
    if (usedClientIds != null) {
      usedClientIds.add(userId, clientOrderId);
    } else if (usedWhileLoading != null) {
      usedWhileLoading.add(new ClientOrderKey(userId, clientOrderId));
    }
  }

  /** The order ended: from now on the store answers for its client order id. */
  void forget(Order order) {
    byClientId.remove(order.userId(), order.clientOrderId());
  }

  /**
   * The same intent again (a retry): the existing order, never a second one. While its outcome
   * is being settled (the first attempt is on its way, or its answer was lost and it is being
   * looked up on the exchange), the retry waits for that like the first caller.
   */
  private CompletableFuture<Result<Order>> idempotentAnswer(Order existing,
      OrderRequest repeated) {
    if (!existing.request().sameParametersAs(repeated)) {
      return CompletableFuture.completedFuture(Result.refused(Refusal.alreadyExists(
          "client_order_id " + repeated.clientOrderId() + " is already used by order "
              + existing.orderId() + " with other parameters")));
    }
    CompletableFuture<Result<Order>> settling = inFlight.get(existing.orderId());
    return settling != null ? engine.answerFor(existing.orderId(), settling)
        : CompletableFuture.completedFuture(Result.done(existing));
  }

  private Optional<Order> findByClientId(String userId, String clientOrderId) {
    String orderId = byClientId.get(userId, clientOrderId);
    if (orderId != null) {
      return engine.known(orderId);
    }
    if (usedClientIds != null && !usedClientIds.mightContain(userId, clientOrderId)) {
      return Optional.empty();
    }
    return store.findByClientOrderId(userId, clientOrderId);
  }

  /** The user of an indexed order: open, or ending right now (then among the recent ones). */
  private String userOf(String orderId) {
    return engine.known(orderId).map(Order::userId).orElse(null);
  }
}
