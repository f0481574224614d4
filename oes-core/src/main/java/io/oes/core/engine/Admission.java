package io.oes.core.engine;

import io.oes.core.lifecycle.LifecycleEvent;
import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.Order;
import io.oes.core.order.OrderIds;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.SharedNames;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.Result;
import io.oes.core.symbol.SymbolRulesBook;
import io.oes.core.validation.OrderValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Admits new orders: validates them, makes {@code client_order_id} an idempotency key per user
 * (same parameters: the existing order; others: ALREADY_EXISTS), checks risk and rate limits,
 * journals each admitted order's intent and hands it to {@link Submissions}. Writer only.
 *
 * <p>A fresh client order id is admitted at once: the ids the store holds are loaded once, off
 * the writer ({@link #loadUsedClientIds}), and the book holds every open and recent order's.
 * Only an id the store may hold (or any id while they load) is looked up, off the writer, and
 * the request is judged on the writer once the answer is in.
 */
final class Admission {
  private static final System.Logger LOG = System.getLogger(Admission.class.getName());

  private final AccountBook book;
  private final Submissions submissions;
  private final StoreReads reads;
  private final Writer writer;
  private final SymbolRulesBook rules;
  private final OrderIds ids;
  private final EngineSettings settings;
  private final EngineGuards guards;
  private final OrderValidator validator = new OrderValidator();
  /** Every open order of a user or a symbol names it with one string. */
  private final SharedNames names = new SharedNames();
  private final CompletableFuture<Void> clientIdsLoaded = new CompletableFuture<>();

  Admission(AccountBook book, Submissions submissions, StoreReads reads, Writer writer,
      SymbolRulesBook rules, OrderIds ids, EngineSettings settings, EngineGuards guards) {
    this.book = book;
    this.submissions = submissions;
    this.reads = reads;
    this.writer = writer;
    this.rules = rules;
    this.ids = ids;
    this.settings = settings;
    this.guards = guards;
  }

  /** Writer only: admits and sends one order; completes with the caller's answer. */
  CompletableFuture<Result<Order>> admit(OrderRequest raw) {
    return admitBatch(List.of(raw)).getFirst();
  }

  /**
   * Writer only: admits {@code raws} one by one, each exactly as on its own (its own
   * validation, idempotency, risk and rate-limit verdict, counting the items admitted before
   * it), and journals each admitted order's intent at once, so a later item of the same batch
   * sees it (the same client order id again is a retry of it). The admitted orders are then
   * sent together ({@link Submissions#submitBatch}). Answers one answer per request, in order: a
   * refused item answers its refusal and the others go on.
   */
  List<CompletableFuture<Result<Order>>> admitBatch(List<OrderRequest> raws) {
    List<Result<OrderRequest>> checked = raws.stream().map(this::validate).toList();
    Set<ClientOrderKey> toLookUp = new LinkedHashSet<>();
    for (Result<OrderRequest> each : checked) {
      if (each instanceof Result.Done<OrderRequest> valid && mustAskStore(valid.value())) {
        toLookUp.add(keyOf(valid.value()));
      }
    }
    if (toLookUp.isEmpty()) {
      return judgeAll(checked, Map.of());
    }
    CompletableFuture<List<CompletableFuture<Result<Order>>>> judged =
        lookUp(toLookUp).thenApplyAsync(stored -> judgeAll(checked, stored), writer);
    List<CompletableFuture<Result<Order>>> answers = new ArrayList<>(raws.size());
    for (int i = 0; i < raws.size(); i++) {
      int item = i;
      answers.add(judged.thenCompose(all -> all.get(item)));
    }
    return answers;
  }

  private Result<OrderRequest> validate(OrderRequest raw) {
    OrderRequest request = raw.clientOrderId() == null || raw.clientOrderId().isBlank()
        ? raw.withClientOrderId(ids.next()) : raw;
    Result<OrderRequest> verdict = validator.validate(request, rules);
    return verdict instanceof Result.Done<OrderRequest> valid
        ? Result.done(names.share(valid.value())) : verdict;
  }

  /** Whether only the store can tell if the request's client order id was used. */
  private boolean mustAskStore(OrderRequest valid) {
    return book.clientIds().openOrderId(valid.userId(), valid.clientOrderId()) == null
        && book.clientIds().mayBeStored(valid.userId(), valid.clientOrderId());
  }

  /** The store's order for each key, read off the writer; a failed read fails the lot. */
  private CompletableFuture<Map<ClientOrderKey, Optional<StoredOrder>>> lookUp(
      Set<ClientOrderKey> keys) {
    Map<ClientOrderKey, CompletableFuture<Optional<StoredOrder>>> reading = new HashMap<>();
    keys.forEach(key -> reading.put(key, reads.byClientOrderId(key)));
    return CompletableFuture.allOf(reading.values().toArray(CompletableFuture[]::new))
        .thenApply(done -> {
          Map<ClientOrderKey, Optional<StoredOrder>> found = new HashMap<>();
          reading.forEach((key, read) -> found.put(key, read.join()));
          return found;
        });
  }

  private List<CompletableFuture<Result<Order>>> judgeAll(List<Result<OrderRequest>> checked,
      Map<ClientOrderKey, Optional<StoredOrder>> stored) {
    List<CompletableFuture<Result<Order>>> answers = new ArrayList<>(checked.size());
    List<Order> admitted = new ArrayList<>();
    List<CompletableFuture<Result<Order>>> settlements = new ArrayList<>();
    long lastIntent = 0;
    for (Result<OrderRequest> each : checked) {
      if (each instanceof Result.Refused<OrderRequest> refused) {
        answers.add(CompletableFuture.completedFuture(Result.refused(refused.refusal())));
        continue;
      }
      Order order;
      try {
        Verdict verdict = judge(((Result.Done<OrderRequest>) each).value(), stored,
            admitted.size());
        if (verdict.answer() != null) {
          answers.add(verdict.answer());
          continue;
        }
        order = verdict.order();
        lastIntent = book.admit(order);
      } catch (RuntimeException e) {
        // This item's failure is its own: the items admitted before it still go out.
        LOG.log(System.Logger.Level.ERROR, "an order failed on account " + book.accountId(), e);
        answers.add(CompletableFuture.failedFuture(e));
        continue;
      }
      CompletableFuture<Result<Order>> settlement = new CompletableFuture<>();
      submissions.track(order.orderId(), settlement);
      admitted.add(order);
      settlements.add(settlement);
      answers.add(answerFor(order.orderId(), settlement));
    }
    if (!admitted.isEmpty()) {
      send(admitted, lastIntent, settlements);
    }
    return answers;
  }

  private void send(List<Order> admitted, long lastIntent,
      List<CompletableFuture<Result<Order>>> settlements) {
    List<CompletableFuture<Result<Order>>> sent;
    try {
      sent = admitted.size() == 1 ? List.of(submissions.submit(admitted.getFirst(), lastIntent))
          : submissions.submitBatch(admitted, lastIntent);
    } catch (RuntimeException e) {
      // Nothing left for the exchange: the orders end here, and say why.
      LOG.log(System.Logger.Level.ERROR, "orders could not be sent on account "
          + book.accountId(), e);
      sent = admitted.stream().map(order -> {
        book.end(order, new LifecycleEvent.NotSent(), "not sent: " + e);
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

  /**
   * What a valid request comes to: an answer now (refused, or an existing order for a repeated
   * client order id), or an order admitted to be recorded and sent.
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
   * Judges one valid request with the store's answers in {@code stored}; {@code
   * alsoAwaitingSend} orders admitted just before it (the same batch's) have not reached the
   * count of orders awaiting their send yet.
   */
  private Verdict judge(OrderRequest valid, Map<ClientOrderKey, Optional<StoredOrder>> stored,
      int alsoAwaitingSend) {
    Optional<Order> existing = existing(valid, stored);
    if (existing.isPresent()) {
      return Verdict.answered(idempotentAnswer(existing.get(), valid));
    }
    Optional<Refusal> offMarket = validator.checkAgainstMarket(valid, rules,
        guards.marks().of(valid.symbol()).orElse(null),
        guards.risk().positions().openOrdersOn(valid.symbol()));
    if (offMarket.isPresent()) {
      return Verdict.refused(offMarket.get());
    }
    Optional<Refusal> guarded = guards.check(valid, book.awaitingSend() + alsoAwaitingSend);
    if (guarded.isPresent()) {
      return Verdict.refused(guarded.get());
    }
    return new Verdict(null, Order.accepted(ids.next(), book.accountId(), valid,
        settings.clientIdPrefix(), book.clock().instant()));
  }

  /**
   * The order the request's client order id already names: the book's (an open or recent one,
   * or one admitted since the store was asked), else the store's.
   */
  private Optional<Order> existing(OrderRequest valid,
      Map<ClientOrderKey, Optional<StoredOrder>> stored) {
    String orderId = book.clientIds().openOrderId(valid.userId(), valid.clientOrderId());
    if (orderId != null) {
      return book.known(orderId);
    }
    return stored.getOrDefault(keyOf(valid), Optional.empty()).map(book::fromStore);
  }

  private static ClientOrderKey keyOf(OrderRequest request) {
    return new ClientOrderKey(request.userId(), request.clientOrderId());
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
    CompletableFuture<Result<Order>> settling = book.inFlight(existing.orderId());
    return settling != null ? answerFor(existing.orderId(), settling)
        : CompletableFuture.completedFuture(Result.done(existing));
  }

  /**
   * The caller's answer to a submission: its settlement, or the order as it stands if that
   * takes longer than {@link EngineSettings#answerWithin()} (an unknown outcome is looked up
   * until the exchange can no longer accept it).
   */
  private CompletableFuture<Result<Order>> answerFor(String orderId,
      CompletableFuture<Result<Order>> settlement) {
    return settlement.copy()
        .completeOnTimeout(null, settings.answerWithin().toMillis(), TimeUnit.MILLISECONDS)
        .thenCompose(settled -> settled != null ? CompletableFuture.completedFuture(settled)
            : writer.call(() -> book.known(orderId)).thenCompose(known -> known.isPresent()
                ? CompletableFuture.completedFuture(Result.done(known.get()))
                : reads.byId(orderId).thenApply(stored -> stored
                    .<Result<Order>>map(found -> Result.done(found.order()))
                    .orElseGet(() -> Result.refused(Refusal.notFound(
                        "order " + orderId + " not found"))))));
  }

  /**
   * Loads the client order ids the store holds off the writer and hands them to the writer;
   * any thread. The future completes once fresh ids no longer need a store look-up, or
   * exceptionally if the ids could not be read (every id is then looked up, as before).
   */
  CompletableFuture<Void> loadUsedClientIds() {
    UsedClientIds loaded = new UsedClientIds();
    reads.forEachClientOrderKey(key -> loaded.add(key.userId(), key.clientOrderId()))
        .whenComplete((done, error) -> {
          if (error != null) {
            LOG.log(System.Logger.Level.WARNING, "client order ids of account "
                + book.accountId() + " not loaded; every new order's id is looked up in the "
                + "store: " + error.getMessage());
            onWriter(() -> book.clientIds().loadFailed());
            clientIdsLoaded.completeExceptionally(error);
          } else {
            onWriter(() -> {
              book.clientIds().install(loaded);
              clientIdsLoaded.complete(null);
            });
          }
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
}
