package io.oes.server.grpc;

import io.oes.api.CancelAllOrdersResponse;
import io.oes.core.engine.OrderEngine.CancelResult;
import io.oes.core.order.Order;
import io.oes.core.refusal.Result;
import java.util.List;

/** The outcome of a CancelAllOrders, order by order. */
final class CancelAllResponses {
  private CancelAllResponses() {}

  static CancelAllOrdersResponse of(List<CancelResult> results) {
    CancelAllOrdersResponse.Builder response = CancelAllOrdersResponse.newBuilder();
    for (CancelResult cancel : results) {
      switch (cancel.result()) {
        case Result.Done<Order> done -> response.addCanceled(ProtoOrders.toProto(done.value()));
        case Result.Refused<Order> refused -> response.addFailedOrderIds(cancel.orderId())
            .addFailureReasons(refused.refusal().message());
      }
    }
    return response.build();
  }
}
