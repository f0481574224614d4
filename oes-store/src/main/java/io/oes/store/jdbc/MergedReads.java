package io.oes.store.jdbc;

import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.Order;
import io.oes.core.port.OrderPage;
import io.oes.core.port.OrderQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads that see every append: committed rows from the database, overlaid with the pending
 * (appended, not yet committed) state of the same orders. A pending state always wins, being
 * at least as new as the committed one.
 */
final class MergedReads {
  /** Newest first, as the indexes order rows: creation time, then order id, both descending. */
  private static final Comparator<Order> NEWEST_FIRST =
      Comparator.comparing((Order o) -> Columns.stored(o.createdAt()))
          .thenComparing(Order::orderId)
          .reversed();
  /** Pending orders considered by one page query; the overlay is a batch or two when healthy. */
  private static final int MAX_PENDING_PER_PAGE = 5_000;

  private final PendingOrders pending;
  private final OrderReader reader;

  MergedReads(PendingOrders pending, OrderReader reader) {
    this.pending = pending;
    this.reader = reader;
  }

  Optional<Order> byId(String orderId) {
    Optional<Order> fresh = pending.byId(orderId);
    return fresh.isPresent() ? fresh : reader.byId(orderId);
  }

  Optional<Order> byClientOrderId(String userId, String clientOrderId) {
    Optional<Order> fresh = pending.byClientOrderId(userId, clientOrderId);
    if (fresh.isPresent()) {
      return fresh;
    }
    // the order may have gone pending again between the two lookups: prefer that state
    return reader.byClientOrderId(userId, clientOrderId)
        .map(stored -> pending.byId(stored.orderId()).orElse(stored));
  }

  Optional<Order> byExchangeClientId(String accountId, String exchangeClientId) {
    Optional<Order> fresh = pending.snapshot().values().stream()
        .filter(o -> exchangeClientId.equals(o.exchangeClientId())
            && o.accountId().equals(accountId))
        .findFirst();
    if (fresh.isPresent()) {
      return fresh;
    }
    return reader.byExchangeClientId(accountId, exchangeClientId)
        .map(stored -> pending.byId(stored.orderId()).orElse(stored));
  }

  /** Committed rows only: an order still pending has its fills pending too. */
  List<Order> withMissingFills(String accountId, Instant createdSince) {
    return reader.withMissingFills(accountId, createdSince);
  }

  /**
   * Fetches enough rows that, after dropping those the overlay replaces, a full page and one
   * more remain; anything not fetched is older than every fetched row. The overlay is copied
   * before the rows are read, so an order committed in between is in one or the other.
   */
  OrderPage page(OrderQuery query) {
    Map<String, Order> fresh = pending.snapshot();
    int extra = Math.min(fresh.size(), MAX_PENDING_PER_PAGE);
    List<Order> merged = new ArrayList<>(query.limit() + extra + 1);
    for (Order stored : reader.page(query, query.limit() + extra + 1)) {
      if (!fresh.containsKey(stored.orderId())) {
        merged.add(stored);
      }
    }
    if (!fresh.isEmpty()) {
      fresh.values().stream().filter(matches(query)).forEach(merged::add);
      merged.sort(NEWEST_FIRST);
    }
    if (merged.size() <= query.limit()) {
      return new OrderPage(merged, null);
    }
    List<Order> page = List.copyOf(merged.subList(0, query.limit()));
    Order last = page.get(page.size() - 1);
    return new OrderPage(page,
        new OrderQuery.PageCursor(Columns.stored(last.createdAt()), last.orderId()));
  }

  /** The pending orders' keys first, so none committed while the rows stream is missed. */
  void clientOrderKeys(Consumer<ClientOrderKey> action) {
    pending.snapshot().values().forEach(order -> action.accept(ClientOrderKey.of(order)));
    reader.clientOrderKeys(action);
  }

  List<Order> open(String accountId) {
    Map<String, Order> fresh = pending.snapshot();
    List<Order> open = new ArrayList<>();
    for (Order stored : reader.open(accountId)) {
      if (!fresh.containsKey(stored.orderId())) {
        open.add(stored);
      }
    }
    fresh.values().stream()
        .filter(o -> o.accountId().equals(accountId) && o.state().isOpen())
        .forEach(open::add);
    return open;
  }

  /** The query's filter applied in memory, exactly as the SQL applies it. */
  private static Predicate<Order> matches(OrderQuery q) {
    return o -> (q.userId() == null || q.userId().equals(o.userId()))
        && (q.symbol() == null || q.symbol().equals(o.symbol()))
        && (q.state() == null || q.state() == o.state())
        && (q.createdFrom() == null || !created(o).isBefore(Columns.stored(q.createdFrom())))
        && (q.createdTo() == null || !created(o).isAfter(Columns.stored(q.createdTo())))
        && (q.after() == null || isAfter(o, q.after()));
  }

  private static boolean isAfter(Order o, OrderQuery.PageCursor cursor) {
    int byTime = created(o).compareTo(Columns.stored(cursor.createdAt()));
    return byTime < 0 || (byTime == 0 && o.orderId().compareTo(cursor.orderId()) < 0);
  }

  private static Instant created(Order o) {
    return Columns.stored(o.createdAt());
  }
}
