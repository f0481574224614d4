package io.oes.core.engine;

import io.oes.core.order.Fill;
import io.oes.core.order.Order;
import io.oes.core.port.TradeFill;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which trades have been applied to which order, so a trade reported twice (by a replayed
 * stream, by the stream and a resync, or again after a restart) is applied once. It holds the
 * orders of the {@link AccountBook}: an order that comes from the store comes with the trade
 * ids the store holds for it ({@link StoredOrder}), so the writer never reads them; an order
 * leaves with the book. The store's fills table also refuses a second row for the same trade.
 * Writer only.
 */
final class FillLedger {
  private static final Set<String> NO_TRADES = Set.of();

  private final Map<String, Set<String>> tradesByOrder = new HashMap<>();

  /** {@code orderId}'s trades, as the store holds them; kept if the ledger has its own. */
  void know(String orderId, Collection<String> tradeIds) {
    // most open orders never fill: they share one empty set until their first trade
    tradesByOrder.putIfAbsent(orderId, tradeIds.isEmpty() ? NO_TRADES : new HashSet<>(tradeIds));
  }

  void forget(String orderId) {
    tradesByOrder.remove(orderId);
  }

  /**
   * The fill {@code trade} brings to {@code order} (as it stood before the trade), or empty
   * when it was applied before.
   *
   * @throws IllegalStateException if the order has fills the ledger was never told of: the
   *     order reached the writer without its trade ids, which is a bug
   */
  Optional<Fill> admit(Order order, TradeFill trade) {
    if (trade == null || trade.quantity().signum() <= 0) {
      return Optional.empty();
    }
    Set<String> applied = tradesByOrder.get(order.orderId());
    if (applied == null) {
      if (order.filledQuantity().signum() > 0) {
        throw new IllegalStateException("order " + order.orderId() + " is filled "
            + order.filledQuantity().toPlainString() + " but its trades were never loaded");
      }
      applied = NO_TRADES;
    }
    if (applied == NO_TRADES) {
      applied = new HashSet<>();
      tradesByOrder.put(order.orderId(), applied);
    }
    if (!applied.add(trade.tradeId())) {
      return Optional.empty();
    }
    return Optional.of(new Fill(trade.tradeId(), order.orderId(), order.symbol(),
        order.request().side(), trade.price(), trade.quantity(), trade.fee(), trade.feeAsset(),
        trade.maker(), trade.time()));
  }
}
