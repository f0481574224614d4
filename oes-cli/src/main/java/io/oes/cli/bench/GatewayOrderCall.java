package io.oes.cli.bench;

import io.grpc.StatusRuntimeException;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CancelOrderResponse;
import io.oes.api.CreateOrderResponse;
import io.oes.api.OrderState;
import io.oes.cli.client.GatewayChannel;

/**
 * CreateOrder through the gateway, then (for resting orders) CancelOrder as the timed
 * follow-up. An order the exchange answered REJECTED counts as a failure with code
 * {@code REJECTED}; a refused call counts by its gRPC status code.
 */
final class GatewayOrderCall implements BenchCall {
  private final GatewayChannel gateway;
  private final BenchOrders orders;
  private final AckListener listener;

  /** Hears of every acknowledged order the moment its CreateOrder answer arrives. */
  @FunctionalInterface
  interface AckListener {
    void onCreateAnswered(String orderId, long answeredAtNanos);
  }

  GatewayOrderCall(GatewayChannel gateway, BenchOrders orders, AckListener listener) {
    this.gateway = gateway;
    this.orders = orders;
    this.listener = listener;
  }

  @Override
  public CallOutcome call(long sequence) {
    CreateOrderResponse created;
    try {
      created = gateway.orders().createOrder(orders.grpcRequest(sequence));
    } catch (StatusRuntimeException e) {
      return CallOutcome.failed(e.getStatus().getCode().name());
    }
    listener.onCreateAnswered(created.getOrderId(), System.nanoTime());
    if (created.getState() == OrderState.REJECTED) {
      return CallOutcome.failed("REJECTED");
    }
    boolean open = created.getState() == OrderState.SUBMITTED
        || created.getState() == OrderState.NEW
        || created.getState() == OrderState.PARTIALLY_FILLED;
    return open && orders.cancelled()
        ? CallOutcome.succeededThen(() -> cancel(created.getOrderId()))
        : CallOutcome.SUCCEEDED;
  }

  private String cancel(String orderId) {
    try {
      CancelOrderResponse cancelled = gateway.orders().cancelOrder(CancelOrderRequest.newBuilder()
          .setOrderId(orderId).setSymbol(orders.symbol()).build());
      return cancelled.getState() == OrderState.CANCELED ? null
          : "not CANCELED but " + cancelled.getState();
    } catch (StatusRuntimeException e) {
      return e.getStatus().getCode().name();
    }
  }
}
