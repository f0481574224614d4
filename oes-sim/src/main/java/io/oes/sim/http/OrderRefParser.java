package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.order.OrderRef;
import io.oes.sim.rejection.Rejections;
import java.util.Optional;

/** Reads {@code orderId} or {@code origClientOrderId}, one of which is mandatory. */
final class OrderRefParser {
  private OrderRefParser() {}

  static OrderRef parse(RequestParams params, long accountId) {
    Optional<String> clientOrderId = params.optional("origClientOrderId");
    Optional<Long> orderId = optionalOrderId(params);
    if (orderId.isEmpty() && clientOrderId.isEmpty()) {
      throw refuse(Rejections.mandatoryParameter("orderId"));
    }
    return new OrderRef(accountId, orderId, clientOrderId);
  }

  /** The {@code orderId} if sent; -1102 when it is not a number. */
  static Optional<Long> optionalOrderId(RequestParams params) {
    try {
      return params.optional("orderId").map(Long::parseLong);
    } catch (NumberFormatException e) {
      throw refuse(Rejections.mandatoryParameter("orderId"));
    }
  }
}
