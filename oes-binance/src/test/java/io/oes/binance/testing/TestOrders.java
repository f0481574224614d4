package io.oes.binance.testing;

import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Orders as the engine hands them to the gateway, for tests: their intent recorded just now,
 * sent under the exchange client id the test names.
 */
public final class TestOrders {
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

  /** The same order as if its intent had been recorded at {@code createdAt}. */
  public static Order recordedAt(Order order, Instant createdAt) {
    return new Order(order.orderId(), order.accountId(), order.request(),
        order.exchangeClientId(), order.state(), order.filledQuantity(), order.averagePrice(),
        order.fee(), order.feeAsset(), order.exchangeOrderId(), order.rejectReason(), createdAt,
        createdAt);
  }

  /** {@code clientId} is the exchange client id; the part after the first dash the order id. */
  private static Order order(String clientId, OrderRequest request) {
    Order accepted = Order.accepted(clientId.substring(clientId.indexOf('-') + 1), "main",
        request, "oes-", Instant.now());
    return new Order(accepted.orderId(), accepted.accountId(), request, clientId,
        accepted.state(), accepted.filledQuantity(), accepted.averagePrice(), accepted.fee(),
        null, null, null, accepted.createdAt(), accepted.updatedAt());
  }
}
