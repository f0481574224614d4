package io.oes.sim.matching;

import io.oes.sim.order.OrderRef;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every order ever accepted on one symbol, found by order id or by client order id. A client id
 * is unique among the account's open orders only; once its order has closed the id may be reused,
 * and a lookup by client id then finds the most recent order that carried it. Closed orders are
 * forgotten oldest first beyond a fixed number, as Binance purges old orders (by age there, by
 * count here so a long benchmark cannot exhaust the heap). Not thread-safe: owned by its
 * symbol's engine.
 */
final class OrderRegistry {
  private final Map<Long, Order> byOrderId = new HashMap<>();
  private final Map<ClientKey, Order> openByClientId = new HashMap<>();
  private final Map<ClientKey, Order> latestByClientId = new HashMap<>();
  private final Map<Long, Integer> openCountByAccount = new HashMap<>();
  private final ArrayDeque<Order> closedOldestFirst = new ArrayDeque<>();
  private final int closedOrderRetention;

  /** @param closedOrderRetention how many closed orders stay queryable */
  OrderRegistry(int closedOrderRetention) {
    this.closedOrderRetention = closedOrderRetention;
  }

  private record ClientKey(long accountId, String clientOrderId) {}

  void onAccepted(Order order) {
    ClientKey key = new ClientKey(order.accountId(), order.clientOrderId());
    byOrderId.put(order.orderId(), order);
    openByClientId.put(key, order);
    latestByClientId.put(key, order);
    openCountByAccount.merge(order.accountId(), 1, Integer::sum);
  }

  /** Forgets the order as open; called once, when it reaches a final status. */
  void onClosed(Order order) {
    ClientKey key = new ClientKey(order.accountId(), order.clientOrderId());
    if (openByClientId.remove(key, order)) {
      openCountByAccount.merge(order.accountId(), -1, Integer::sum);
      closedOldestFirst.addLast(order);
      forgetBeyondRetention();
    }
  }

  private void forgetBeyondRetention() {
    while (closedOldestFirst.size() > closedOrderRetention) {
      Order oldest = closedOldestFirst.removeFirst();
      byOrderId.remove(oldest.orderId());
      latestByClientId.remove(new ClientKey(oldest.accountId(), oldest.clientOrderId()), oldest);
    }
  }

  boolean hasOpenClientOrderId(long accountId, String clientOrderId) {
    return openByClientId.containsKey(new ClientKey(accountId, clientOrderId));
  }

  int openCount(long accountId) {
    return openCountByAccount.getOrDefault(accountId, 0);
  }

  /** The account's order named by {@code ref}, open or closed. */
  Optional<Order> find(OrderRef ref) {
    Optional<Order> found = ref.orderId().isPresent()
        ? Optional.ofNullable(byOrderId.get(ref.orderId().get()))
        : ref.clientOrderId()
            .map(id -> latestByClientId.get(new ClientKey(ref.accountId(), id)));
    return found.filter(order -> order.accountId() == ref.accountId());
  }

  /** Every order of the account still remembered, open or closed, oldest first. */
  List<Order> allOrders(long accountId) {
    return byOrderId.values().stream()
        .filter(order -> order.accountId() == accountId)
        .sorted(Comparator.comparingLong(Order::orderId))
        .toList();
  }

  /** The account's open orders, oldest first. */
  List<Order> openOrders(long accountId) {
    return openByClientId.values().stream()
        .filter(order -> order.accountId() == accountId)
        .sorted(Comparator.comparingLong(Order::orderId))
        .toList();
  }
}
