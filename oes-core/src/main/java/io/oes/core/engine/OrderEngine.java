package io.oes.core.engine;

import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.port.OrderCache;
import io.oes.core.port.OrderPage;
import io.oes.core.port.OrderQuery;
import io.oes.core.port.OrderStore;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.Result;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The engine as the API sees it: commands go to the account that owns the user, reads are
 * served from the engines' live orders, then the cache, then the store. Thread-safe.
 */
public final class OrderEngine implements AutoCloseable {
  private final Map<String, AccountEngine> accounts;
  private final AccountRouter router;
  private final OrderCache cache;
  private final OrderStore store;
  private final UnaryOperator<String> elsewhere;

  public OrderEngine(Collection<AccountEngine> accounts, AccountRouter router, OrderCache cache,
      OrderStore store) {
    this(accounts, router, cache, store, account -> "");
  }

  /**
   * @param elsewhere where an account this gateway does not run is traded (another instance):
   *     the end of the refusal of its requests, such as {@code "; it is traded by …"}
   */
  public OrderEngine(Collection<AccountEngine> accounts, AccountRouter router, OrderCache cache,
      OrderStore store, UnaryOperator<String> elsewhere) {
    this.elsewhere = elsewhere;
    this.accounts = accounts.stream()
        .collect(Collectors.toUnmodifiableMap(AccountEngine::accountId, Function.identity()));
    this.router = router;
    this.cache = cache;
    this.store = store;
  }

  public CompletableFuture<Result<Order>> create(OrderRequest request) {
    AccountEngine account = accountOf(request.userId());
    return account == null ? notTradedHere(request) : account.create(request);
  }

  private CompletableFuture<Result<Order>> notTradedHere(OrderRequest request) {
    String account = router.accountOf(request.userId());
    return CompletableFuture.completedFuture(Result.refused(Refusal.precondition("user "
        + request.userId() + " trades on account " + account + ", which this gateway does not"
        + " run" + elsewhere.apply(account))));
  }

  /**
   * Creates orders together: each request goes to the account of its user, every account's
   * share as one batch ({@link AccountEngine#createBatch}). One future per request, in order.
   */
  public List<CompletableFuture<Result<Order>>> createBatch(List<OrderRequest> requests) {
    Map<String, List<Integer>> itemsByAccount = new LinkedHashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      itemsByAccount.computeIfAbsent(router.accountOf(requests.get(i).userId()),
          account -> new ArrayList<>()).add(i);
    }
    List<CompletableFuture<Result<Order>>> results =
        new ArrayList<>(Collections.nCopies(requests.size(), null));
    itemsByAccount.forEach((account, items) -> {
      AccountEngine engine = accounts.get(account);
      List<CompletableFuture<Result<Order>>> answers = engine == null
          ? items.stream().map(item -> notTradedHere(requests.get(item))).toList()
          : engine.createBatch(items.stream().map(requests::get).toList());
      for (int i = 0; i < items.size(); i++) {
        results.set(items.get(i), answers.get(i));
      }
    });
    return results;
  }

  /**
   * Cancels {@code orders}, as the caller found them, together: each account's share as one
   * batch ({@link AccountEngine#cancelBatch}). One future per order, in order.
   */
  public List<CompletableFuture<Result<Order>>> cancelBatch(List<Order> orders) {
    Map<String, List<Integer>> itemsByAccount = new LinkedHashMap<>();
    List<CompletableFuture<Result<Order>>> results =
        new ArrayList<>(Collections.nCopies(orders.size(), null));
    for (int i = 0; i < orders.size(); i++) {
      Order order = orders.get(i);
      if (ownerOf(order).isPresent()) {
        itemsByAccount.computeIfAbsent(order.accountId(), account -> new ArrayList<>()).add(i);
      } else {
        results.set(i, notRunHere(order));
      }
    }
    itemsByAccount.forEach((account, items) -> {
      List<CompletableFuture<Result<Order>>> answers = accounts.get(account)
          .cancelBatch(items.stream().map(item -> orders.get(item).orderId()).toList());
      for (int i = 0; i < items.size(); i++) {
        results.set(items.get(i), answers.get(i));
      }
    });
    return results;
  }

  /** Cancels {@code order}, as the caller found it (the owning account has the last word). */
  public CompletableFuture<Result<Order>> cancel(Order order) {
    return ownerOf(order).map(owner -> owner.cancel(order.orderId()))
        .orElseGet(() -> notRunHere(order));
  }

  /** Changes quantity and/or price (null or zero keeps it) of an open LIMIT order. */
  public CompletableFuture<Result<Order>> amend(Order order, BigDecimal quantity,
      BigDecimal price) {
    return ownerOf(order).map(owner -> owner.amend(order.orderId(), quantity, price))
        .orElseGet(() -> notRunHere(order));
  }

  private Optional<AccountEngine> ownerOf(Order order) {
    return Optional.ofNullable(accounts.get(order.accountId()));
  }

  private CompletableFuture<Result<Order>> notRunHere(Order order) {
    return CompletableFuture.completedFuture(Result.refused(Refusal.precondition("order "
        + order.orderId() + " belongs to account " + order.accountId()
        + ", which this gateway does not run" + elsewhere.apply(order.accountId()))));
  }

  /**
   * Cancels every open order matching {@code filter} on every account, each on its own; the
   * result lists every order's outcome.
   */
  public CompletableFuture<List<CancelResult>> cancelAll(Predicate<Order> filter) {
    List<CompletableFuture<CancelResult>> cancels = accounts.values().stream()
        .flatMap(engine -> engine.openOrders(filter).stream()
            .map(order -> engine.cancel(order.orderId())
                .thenApply(result -> new CancelResult(order.orderId(), result))))
        .toList();
    return CompletableFuture.allOf(cancels.toArray(CompletableFuture[]::new))
        .thenApply(done -> cancels.stream().map(CompletableFuture::join).toList());
  }

  /**
   * Cancels every open order of {@code symbol} (every symbol when empty) on every account, with
   * one exchange request per account and symbol where the exchange allows it ({@link
   * AccountEngine#cancelAllOn}). Only for a caller entitled to every user's orders.
   */
  public CompletableFuture<List<CancelResult>> cancelAllOf(String symbol) {
    List<CompletableFuture<List<CancelResult>>> cancels = accounts.values().stream()
        .flatMap(engine -> engine.openOrders(order -> symbol.isEmpty()
                || symbol.equals(order.symbol())).stream()
            .map(Order::symbol).distinct()
            .map(engine::cancelAllOn))
        .toList();
    return CompletableFuture.allOf(cancels.toArray(CompletableFuture[]::new))
        .thenApply(done -> cancels.stream().flatMap(each -> each.join().stream()).toList());
  }

  /** What one cancel of a {@link #cancelAll} came to. */
  public record CancelResult(String orderId, Result<Order> result) {}

  /** The order now: live state first, then the cache, then the store. */
  public Optional<Order> get(String orderId) {
    for (AccountEngine engine : accounts.values()) {
      Optional<Order> live = engine.find(orderId);
      if (live.isPresent()) {
        return live;
      }
    }
    return cache.get(orderId).or(() -> store.findById(orderId));
  }

  /** The order a user knows by its client order id. */
  public Optional<Order> getByClientOrderId(String userId, String clientOrderId) {
    return cache.getByClientOrderId(userId, clientOrderId)
        .map(cached -> get(cached.orderId()).orElse(cached))
        .or(() -> store.findByClientOrderId(userId, clientOrderId)
            .map(stored -> get(stored.orderId()).orElse(stored)));
  }

  public OrderPage find(OrderQuery query) {
    return store.find(query);
  }

  /** The account {@code userId}'s orders go to, whether this gateway runs it or not. */
  public String accountOfUser(String userId) {
    return router.accountOf(userId);
  }

  /** Whether this gateway runs (trades) {@code accountId}. */
  public boolean runs(String accountId) {
    return accounts.containsKey(accountId);
  }

  private AccountEngine accountOf(String userId) {
    return accounts.get(router.accountOf(userId));
  }

  @Override
  public void close() {
    accounts.values().forEach(AccountEngine::close);
  }
}
