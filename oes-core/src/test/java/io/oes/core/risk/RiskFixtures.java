package io.oes.core.risk;

import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Requests, orders and limits for the risk tests. */
final class RiskFixtures {
  static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  static final BigDecimal MARK = new BigDecimal("40000");
  private static final AtomicInteger IDS = new AtomicInteger();

  private RiskFixtures() {}

  /** Every limit set, loose enough that each test drives only the one it is about. */
  static RiskLimits allLimits() {
    return RiskLimits.NONE
        .withAllowedSymbols(Set.of("BTCUSDT", "ETHUSDT"))
        .withMaxOrderValue(new BigDecimal("100000"))
        .withMaxPositionSize(new BigDecimal("10"))
        .withMaxOpenOrders(3)
        .withMaxDailyOrders(5)
        .withPriceBandPercent(new BigDecimal("5"));
  }

  static OrderRequest limit(String user, Side side, String qty, String price) {
    return new OrderRequest(user, "c-" + IDS.incrementAndGet(), "BTCUSDT", side, OrderType.LIMIT,
        TimeInForce.GTC, new BigDecimal(qty), new BigDecimal(price), null, false, false);
  }

  static OrderRequest request(String user, String symbol, Side side, OrderType type, String qty,
      String price) {
    return new OrderRequest(user, "c-" + IDS.incrementAndGet(), symbol, side, type,
        type == OrderType.MARKET ? null : TimeInForce.GTC, new BigDecimal(qty),
        price == null || price.isEmpty() ? null : new BigDecimal(price), null, false, false);
  }

  static Order accepted(OrderRequest request, Instant at) {
    String id = "o-" + IDS.incrementAndGet();
    return Order.accepted(id, "main", request, "oes-", at);
  }
}
