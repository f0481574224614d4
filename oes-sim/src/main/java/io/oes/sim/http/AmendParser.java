package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.order.AmendRequest;
import io.oes.sim.order.Side;
import io.oes.sim.rejection.Rejections;

/** Reads {@code PUT /fapi/v1/order}: the order, its side, and both quantity and price. */
final class AmendParser {
  private AmendParser() {}

  static AmendRequest parse(RequestParams params, long accountId) {
    Side side;
    try {
      side = Side.valueOf(params.required("side"));
    } catch (IllegalArgumentException e) {
      throw refuse(Rejections.invalidSide());
    }
    return new AmendRequest(OrderRefParser.parse(params, accountId), side,
        NewOrderParser.decimal(params, "quantity"), NewOrderParser.decimal(params, "price"));
  }
}
