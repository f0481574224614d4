package io.oes.binance.testing;

import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;

/** Orders as the engine hands them to the gateway, for tests. */
public final class TestOrders {
  private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");

  private TestOrders() {}

  public static Order limit(String clientId, Side side, String quantity, String price,
      TimeInForce tif) {
    return order(clientId, new OrderRequest("user-1", "c-" + clientId, "BTCUSDT", side,
        OrderType.LIMIT, tif, new BigDecimal(quantity), new BigDecimal(price), null, false, false));
  }

  public static Order postOnly(String clientId, String quantity, String price) {
    return order(clientId, new OrderRequest("user-1", "c-" + clientId, "BTCUSDT", Side.BUY,
        OrderType.POST_ONLY, TimeInForce.GTX, new BigDecimal(quantity), new BigDecimal(price),
        null, false, true));
  }

  public static Order market(String clientId, Side side, String quantity, boolean reduceOnly) {
    return order(clientId, new OrderRequest("user-1", "c-" + clientId, "BTCUSDT", side,
        OrderType.MARKET, null, new BigDecimal(quantity), null, null, reduceOnly, false));
  }

  public static Order stopMarket(String clientId, Side side, String quantity, String trigger) {
    return order(clientId, new OrderRequest("user-1", "c-" + clientId, "BTCUSDT", side,
        OrderType.STOP_MARKET, null, new BigDecimal(quantity), null, new BigDecimal(trigger),
        false, false));
  }

  public static Order stopLimit(String clientId, Side side, String quantity, String price,
      String trigger) {
    return order(clientId, new OrderRequest("user-1", "c-" + clientId, "BTCUSDT", side,
        OrderType.STOP_LIMIT, TimeInForce.GTC, new BigDecimal(quantity), new BigDecimal(price),
        new BigDecimal(trigger), false, false));
  }

  /** {@code clientId} is oes's prefix (up to the first dash) and the order id. */
  private static Order order(String clientId, OrderRequest request) {
    int prefixEnd = clientId.indexOf('-') + 1;
    return Order.accepted(clientId.substring(prefixEnd), "main", request,
        clientId.substring(0, prefixEnd), CREATED);
  }
}
