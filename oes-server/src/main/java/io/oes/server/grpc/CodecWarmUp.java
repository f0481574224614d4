package io.oes.server.grpc;

import io.oes.api.CreateOrderRequest;
import io.oes.api.OrderSide;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import io.oes.core.feed.OrderEvent;
import io.oes.core.refusal.Result;
import java.util.List;

/**
 * Runs the gRPC codecs of the order path on scratch orders: a CreateOrder request written and
 * read as bytes and decoded into the core's request, and orders and updates encoded as the
 * answers and streams send them. Everything made is dropped. Before ready, this loads and
 * initialises the protobuf classes and gets the codecs compiled, which the first real orders
 * otherwise pay for in their latency.
 */
public final class CodecWarmUp {
  private CodecWarmUp() {}

  /**
   * {@code rounds} times over {@code scratch}; returns the bytes encoded, which the caller
   * may ignore (it keeps the work from being optimised away).
   */
  public static long run(List<OrderEvent> scratch, int rounds) {
    long bytes = 0;
    for (int round = 0; round < rounds; round++) {
      bytes += request(scratch.get(0), round);
      for (OrderEvent event : scratch) {
        bytes += ProtoOrders.toProto(event.order()).getSerializedSize();
        bytes += ProtoOrders.toProto(event).toByteArray().length;
      }
    }
    return bytes;
  }

  private static long request(OrderEvent event, int round) {
    var order = event.order();
    byte[] wire = CreateOrderRequest.newBuilder().setSymbol(order.symbol())
        .setSide(OrderSide.BUY).setType(OrderType.LIMIT).setTimeInForce(TimeInForce.GTC)
        .setQuantity(order.request().quantity().doubleValue())
        .setPrice(order.request().price().doubleValue()).setUserId(order.userId())
        .setClientOrderId(order.clientOrderId() + "-" + round).build().toByteArray();
    try {
      return ProtoRequests.toCore(CreateOrderRequest.parseFrom(wire)) instanceof Result.Done<?>
          ? wire.length : 0;
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new IllegalStateException("a request this class wrote did not read back", e);
    }
  }
}
