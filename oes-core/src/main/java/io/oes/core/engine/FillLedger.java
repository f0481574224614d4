package io.oes.core.engine;

import io.oes.core.order.Fill;
import io.oes.core.order.Order;
import io.oes.core.port.TradeFill;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which trades the engine has already applied, so a trade reported twice (by a replayed
 * stream, or by the stream and a resync) is applied once. Writer only.
 */
final class FillLedger {
  /** Trades remembered; far more than can arrive twice within any realistic replay window. */
  private static final int CAPACITY = 200_000;

  private final Map<String, Boolean> seen = new LinkedHashMap<>(4096, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > CAPACITY;
    }
  };

  /** The fill {@code trade} brings to {@code order}, or empty when it was applied before. */
  Optional<Fill> admit(Order order, TradeFill trade) {
    if (trade == null || trade.quantity().signum() <= 0) {
      return Optional.empty();
    }
    String key = order.orderId() + '/' + trade.tradeId();
    if (seen.putIfAbsent(key, Boolean.TRUE) != null) {
      return Optional.empty();
    }
    return Optional.of(new Fill(trade.tradeId(), order.orderId(), order.symbol(),
        order.request().side(), trade.price(), trade.quantity(), trade.fee(), trade.feeAsset(),
        trade.maker(), trade.time()));
  }
}
