package io.oes.core.port;

import io.oes.core.feed.JournalPages;
import io.oes.core.feed.OrderEvent;
import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.Order;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The order history, the source of truth across restarts. Journal first: every change
 * arrives as an {@link OrderEvent} in sequence order and updates the current state of its
 * order.
 */
public interface OrderStore extends JournalPages {

  /** Records one change; called in sequence order by the feed. */
  void append(OrderEvent event);

  /**
   * Completes once the event numbered {@code sequence} and every one before it are committed
   * (at once when they are); never completes while the store cannot commit, so callers bound
   * the wait. Any thread; never blocks.
   */
  CompletableFuture<Void> whenCommitted(long sequence);

  Optional<Order> findById(String orderId);

  Optional<Order> findByClientOrderId(String userId, String clientOrderId);

  /** The order of {@code accountId} sent to the exchange as {@code exchangeClientId}. */
  Optional<Order> findByExchangeClientId(String accountId, String exchangeClientId);

  /** The trade ids of the fills recorded for {@code orderId}, in no particular order. */
  List<String> fillIdsOf(String orderId);

  /**
   * Orders of {@code accountId} created at or after {@code createdSince} whose filled quantity
   * is more than their recorded fills add up to: the exchange reported them (partly) filled
   * but their trades never arrived (the gateway stopped, the stream had a gap). Committed rows
   * only; reads the database, so call it off the engine's thread.
   */
  List<Order> findWithMissingFills(String accountId, Instant createdSince);

  /** A page of orders matching {@code query}, newest first. */
  OrderPage find(OrderQuery query);

  /** Every order of {@code accountId} that is not final, for reconciliation. */
  List<Order> findOpen(String accountId);

  /**
   * Hands {@code action} the client order id of every order appended before the call, in no
   * particular order, so an engine can tell fresh ids from used ones without a look-up each. May
   * take long over a large history: call it off the engine's thread.
   */
  void forEachClientOrderKey(Consumer<ClientOrderKey> action);

}
