package io.oes.core.engine;

import io.oes.core.order.Fill;
import io.oes.core.order.Order;
import io.oes.core.port.OrderStore;
import io.oes.core.port.TradeFill;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which trades have been applied to which order, so a trade reported twice (by a replayed
 * stream, by the stream and a resync, or again after a restart) is applied once. The store
 * has the last word: the first time this process sees a trade of an order that was already
 * filled before, it reads the trade ids the store holds for it. An order that never filled
 * has none, so fresh orders cost no look-up. The store's fills table also refuses a second
 * row for the same trade. Writer only.
 */
final class FillLedger {
  /** Orders whose trade ids are kept in memory; an order evicted is read again if needed. */
  private static final int CAPACITY = 100_000;

  private final OrderStore store;
  private final Map<String, Set<String>> tradesByOrder =
      new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
          return size() > CAPACITY;
        }
      };

  FillLedger(OrderStore store) {
    this.store = store;
  }

  /**
   * The fill {@code trade} brings to {@code order} (as it stood before the trade), or empty
   * when it was applied before.
   */
  Optional<Fill> admit(Order order, TradeFill trade) {
    if (trade == null || trade.quantity().signum() <= 0) {
      return Optional.empty();
    }
    Set<String> applied = tradesByOrder.get(order.orderId());
    if (applied == null) {
      applied = order.filledQuantity().signum() > 0
          ? new HashSet<>(store.fillIdsOf(order.orderId())) : new HashSet<>();
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
