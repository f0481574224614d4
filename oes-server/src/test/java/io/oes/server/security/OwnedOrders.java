package io.oes.server.security;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CancelOrderResponse;
import io.oes.api.CreateOrderRequest;
import io.oes.api.CreateOrderResponse;
import io.oes.api.GetOrderRequest;
import io.oes.api.GetOrderResponse;
import io.oes.api.GetOrdersRequest;
import io.oes.api.GetOrdersResponse;
import io.oes.api.Order;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderState;
import io.oes.api.OrderUpdate;
import io.oes.api.StreamOrderUpdatesRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in order service that keeps orders in a map and calls {@link Ownership}, {@link
 * ClientOrderIdPolicy} and {@link StreamQuota} exactly where the real service is to call them:
 * the contract between the security package and the gateway, exercised over a real port.
 */
final class OwnedOrders extends OrderServiceGrpc.OrderServiceImplBase {

  private final Map<String, Order> orders = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final StreamQuota streams;

  OwnedOrders(StreamQuota streams) {
    this.streams = streams;
  }

  @Override
  public void createOrder(CreateOrderRequest request, StreamObserver<CreateOrderResponse> out) {
    String user = Ownership.ofCaller().checkUserId(request.getUserId());
    ClientOrderIdPolicy.require(request.getClientOrderId());
    Order order = Order.newBuilder().setOrderId("o" + ids.incrementAndGet()).setUserId(user)
        .setSymbol(request.getSymbol()).setState(OrderState.SUBMITTED).build();
    orders.put(order.getOrderId(), order);
    out.onNext(CreateOrderResponse.newBuilder().setOrderId(order.getOrderId())
        .setOrder(order).build());
    out.onCompleted();
  }

  @Override
  public void cancelOrder(CancelOrderRequest request, StreamObserver<CancelOrderResponse> out) {
    Order order = find(request.getOrderId());
    Ownership.ofCaller().requireVisible(order.getUserId(), order.getOrderId());
    out.onNext(CancelOrderResponse.newBuilder().setOrderId(order.getOrderId())
        .setState(OrderState.CANCELED).build());
    out.onCompleted();
  }

  @Override
  public void getOrder(GetOrderRequest request, StreamObserver<GetOrderResponse> out) {
    Order order = find(request.getOrderId());
    Ownership.ofCaller().requireVisible(order.getUserId(), order.getOrderId());
    out.onNext(GetOrderResponse.newBuilder().setOrder(order).build());
    out.onCompleted();
  }

  @Override
  public void getOrders(GetOrdersRequest request, StreamObserver<GetOrdersResponse> out) {
    Ownership ownership = Ownership.ofCaller();
    String user = ownership.checkUserId(request.getUserId());
    GetOrdersResponse.Builder response = GetOrdersResponse.newBuilder();
    orders.values().stream()
        .filter(o -> (user.isEmpty() || user.equals(o.getUserId())) && ownership.canSee(o.getUserId()))
        .forEach(response::addOrders);
    out.onNext(response.build());
    out.onCompleted();
  }

  @Override
  public void streamOrderUpdates(StreamOrderUpdatesRequest request,
      StreamObserver<OrderUpdate> out) {
    Ownership ownership = Ownership.ofCaller();
    String user = ownership.streamUserFilter(request.getUserId());
    Runnable release = streams.acquire(ownership.principal());
    ServerCallStreamObserver<OrderUpdate> stream = (ServerCallStreamObserver<OrderUpdate>) out;
    stream.setOnCancelHandler(release);
    orders.values().stream().filter(o -> user.isEmpty() || user.equals(o.getUserId()))
        .forEach(o -> out.onNext(OrderUpdate.newBuilder().setOrder(o).build()));
    // The stream stays open, as a live subscription does, until the client cancels it.
  }

  private Order find(String orderId) {
    Order order = orders.get(orderId);
    if (order == null) {
      throw new CallRefused(Status.NOT_FOUND.withDescription("order " + orderId + " not found"));
    }
    return order;
  }
}
