package io.oes.server;

import io.oes.core.feed.FeedListener;
import io.oes.core.feed.OrderEvent;
import io.oes.core.order.Decimals;
import io.oes.core.order.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per order transition, with the order's ids, symbol and state as structured
 * fields (key-values in the JSON log format), so an operator can follow any order by grepping
 * for its id. Never logs anything secret: orders carry none.
 */
final class TransitionLog implements FeedListener {
  private static final Logger LOG = LoggerFactory.getLogger("io.oes.orders");

  @Override
  public void onEvent(OrderEvent event) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    Order order = event.order();
    LOG.atInfo()
        .addKeyValue("sequence", event.sequence())
        .addKeyValue("order_id", order.orderId())
        .addKeyValue("client_order_id", order.clientOrderId())
        .addKeyValue("symbol", order.symbol())
        .addKeyValue("state", order.state())
        .addKeyValue("filled", Decimals.plain(order.filledQuantity()))
        .log("order {} {} {} {}{}", order.orderId(), event.type(), order.symbol(), order.state(),
            order.rejectReason() == null ? "" : ": " + order.rejectReason());
  }
}
