package io.oes.core.engine;

import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.Order;
import io.oes.core.port.OrderStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The store reads of one account's engine, each on a virtual thread of its own, so the writer
 * never waits for I/O: a handler asks, and continues on the writer with the answer. An order
 * comes with its recorded trade ids when it has fills ({@link StoredOrder}).
 */
final class StoreReads {
  private final String accountId;
  private final OrderStore store;
  private final Executor io;

  StoreReads(String accountId, OrderStore store) {
    this.accountId = accountId;
    this.store = store;
    this.io = task -> Thread.ofVirtual().name("store-read-" + accountId).start(task);
  }

  CompletableFuture<Optional<StoredOrder>> byId(String orderId) {
    return read(() -> store.findById(orderId).map(this::withTrades));
  }

  CompletableFuture<Optional<StoredOrder>> byClientOrderId(ClientOrderKey key) {
    return read(() -> store.findByClientOrderId(key.userId(), key.clientOrderId())
        .map(this::withTrades));
  }

  CompletableFuture<Optional<StoredOrder>> byExchangeClientId(String exchangeClientId) {
    return read(() -> store.findByExchangeClientId(accountId, exchangeClientId)
        .map(this::withTrades));
  }

  /** The account's open orders, as after a restart. */
  CompletableFuture<List<StoredOrder>> open() {
    return read(() -> store.findOpen(accountId).stream().map(this::withTrades).toList());
  }

  /** Orders created since {@code since} whose fills fall short ({@link OrderStore}). */
  CompletableFuture<List<StoredOrder>> withMissingFills(Instant since) {
    return read(() -> store.findWithMissingFills(accountId, since).stream()
        .map(this::withTrades).toList());
  }

  /** Every (user, client order id) the store holds, handed to {@code action} off the writer. */
  CompletableFuture<Void> forEachClientOrderKey(Consumer<ClientOrderKey> action) {
    return read(() -> {
      store.forEachClientOrderKey(action);
      return null;
    });
  }

  private StoredOrder withTrades(Order order) {
    return new StoredOrder(order, order.filledQuantity().signum() > 0
        ? store.fillIdsOf(order.orderId()) : List.of());
  }

  private <T> CompletableFuture<T> read(Supplier<T> query) {
    return CompletableFuture.supplyAsync(query, io);
  }
}
