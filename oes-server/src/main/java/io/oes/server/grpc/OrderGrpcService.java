package io.oes.server.grpc;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.oes.api.AmendOrderRequest;
import io.oes.api.AmendOrderResponse;
import io.oes.api.BatchCancelOrdersRequest;
import io.oes.api.BatchCancelOrdersResponse;
import io.oes.api.BatchCancelResult;
import io.oes.api.BatchCreateOrdersRequest;
import io.oes.api.BatchCreateOrdersResponse;
import io.oes.api.BatchCreateResult;
import io.oes.api.CancelAllOrdersRequest;
import io.oes.api.CancelAllOrdersResponse;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CancelOrderResponse;
import io.oes.api.CreateOrderRequest;
import io.oes.api.CreateOrderResponse;
import io.oes.api.GetOrderRequest;
import io.oes.api.GetOrderResponse;
import io.oes.api.GetOrdersRequest;
import io.oes.api.GetOrdersResponse;
import io.oes.api.GetPositionsRequest;
import io.oes.api.GetPositionsResponse;
import io.oes.api.OrderServiceGrpc.OrderServiceFutureStub;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderUpdate;
import io.oes.api.StreamOrderUpdatesRequest;
import io.oes.core.engine.OrderEngine;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.refusal.Refusal;
import io.oes.server.security.Ownership;
import java.util.Optional;
import java.util.function.Function;

/**
 * b25's OrderService over the engine: CreateOrder, CancelOrder, AmendOrder and GetOrder through
 * the {@link OrderDesk} (shared with NATS order entry), rendered as protobuf. Every call returns
 * without blocking a gRPC thread on the engine.
 */
public final class OrderGrpcService extends OrderServiceGrpc.OrderServiceImplBase {
  private final OrderEngine engine;
  private final OrderDesk desk;
  private final UpdateStreams streams;
  private final PositionQueries positions;
  private final Forwarding forwarding;

  /**
   * @param desk creates, cancels, amends and looks up orders (as NATS order entry does)
   * @param streams serves StreamOrderUpdates
   * @param positions what GetPositions answers from
   * @param forwarding where CreateOrder, CancelOrder and AmendOrder for an account this
   *     instance does not trade go instead
   */
  public OrderGrpcService(OrderEngine engine, OrderDesk desk, UpdateStreams streams,
      PositionQueries positions, Forwarding forwarding) {
    this.engine = engine;
    this.desk = desk;
    this.streams = streams;
    this.positions = positions;
    this.forwarding = forwarding;
  }

  @Override
  public void createOrder(CreateOrderRequest request, StreamObserver<CreateOrderResponse> out) {
    Optional<OrderServiceFutureStub> owner = ownerOfUser(request.getUserId());
    if (owner.isPresent()) {
      relay(owner.get().createOrder(request), out);
      return;
    }
    desk.create(Ownership.ofCaller(), request).thenAccept(answer -> deliver(out, answer,
        OrderGrpcService::createResponse));
  }

  @Override
  public void cancelOrder(CancelOrderRequest request, StreamObserver<CancelOrderResponse> out) {
    Optional<OrderServiceFutureStub> owner = ownerOfOrder(request.getOrderId(),
        request.getUserId(), request.getClientOrderId());
    if (owner.isPresent()) {
      relay(owner.get().cancelOrder(request), out);
      return;
    }
    desk.cancel(Ownership.ofCaller(), request).thenAccept(answer -> deliver(out, answer,
        OrderGrpcService::cancelResponse));
  }

  /**
   * Each item as CreateOrder would take it, answering on its own and in order (see {@link
   * BatchCalls}); only the number of items refuses the call whole.
   */
  @Override
  public void batchCreateOrders(BatchCreateOrdersRequest request,
      StreamObserver<BatchCreateOrdersResponse> out) {
    Optional<Refusal> size = BatchCalls.sizeProblem(request.getOrdersCount());
    if (size.isPresent()) {
      out.onError(RefusalStatus.of(size.get()));
      return;
    }
    desk.createBatch(Ownership.ofCaller(), request.getOrdersList()).thenAccept(outcomes -> {
      BatchCreateOrdersResponse.Builder response = BatchCreateOrdersResponse.newBuilder();
      for (int i = 0; i < outcomes.size(); i++) {
        BatchCreateResult.Builder result = response.addResultsBuilder().setIndex(i);
        switch (outcomes.get(i)) {
          case BatchCalls.Outcome.Done done -> result.setOrder(createResponse(done.order()));
          case BatchCalls.Outcome.Failed failed -> result.setError(failed.error());
        }
      }
      out.onNext(response.build());
      out.onCompleted();
    });
  }

  /**
   * Each item as CancelOrder would take it (by order id, or by client order id with its user;
   * another user's order is not found), answering on its own and in order.
   */
  @Override
  public void batchCancelOrders(BatchCancelOrdersRequest request,
      StreamObserver<BatchCancelOrdersResponse> out) {
    Optional<Refusal> size = BatchCalls.sizeProblem(request.getOrdersCount());
    if (size.isPresent()) {
      out.onError(RefusalStatus.of(size.get()));
      return;
    }
    desk.cancelBatch(Ownership.ofCaller(), request.getOrdersList()).thenAccept(outcomes -> {
      BatchCancelOrdersResponse.Builder response = BatchCancelOrdersResponse.newBuilder();
      for (int i = 0; i < outcomes.size(); i++) {
        BatchCancelResult.Builder result = response.addResultsBuilder().setIndex(i);
        switch (outcomes.get(i)) {
          case BatchCalls.Outcome.Done done -> result.setOrder(cancelResponse(done.order()));
          case BatchCalls.Outcome.Failed failed -> result.setError(failed.error());
        }
      }
      out.onNext(response.build());
      out.onCompleted();
    });
  }

  private static CreateOrderResponse createResponse(Order order) {
    CreateOrderResponse.Builder response = CreateOrderResponse.newBuilder()
        .setOrderId(order.orderId())
        .setClientOrderId(ProtoOrders.nullToEmpty(order.clientOrderId()))
        .setState(io.oes.api.OrderState.valueOf(order.state().name()))
        .setTimestamp(ProtoOrders.seconds(order.updatedAt()))
        .setOrder(ProtoOrders.toProto(order));
    if (order.state() == OrderState.REJECTED) {
      response.setErrorMessage(ProtoOrders.nullToEmpty(order.rejectReason()));
    }
    return response.build();
  }

  private static CancelOrderResponse cancelResponse(Order order) {
    return CancelOrderResponse.newBuilder()
        .setOrderId(order.orderId())
        .setState(io.oes.api.OrderState.valueOf(order.state().name()))
        .setTimestamp(ProtoOrders.seconds(order.updatedAt()))
        .build();
  }

  @Override
  public void amendOrder(AmendOrderRequest request, StreamObserver<AmendOrderResponse> out) {
    Optional<OrderServiceFutureStub> owner = ownerOfOrder(request.getOrderId(),
        request.getUserId(), request.getClientOrderId());
    if (owner.isPresent()) {
      relay(owner.get().amendOrder(request), out);
      return;
    }
    desk.amend(Ownership.ofCaller(), request).thenAccept(answer -> deliver(out, answer,
        order -> AmendOrderResponse.newBuilder().setOrder(ProtoOrders.toProto(order)).build()));
  }

  @Override
  public void cancelAllOrders(CancelAllOrdersRequest request,
      StreamObserver<CancelAllOrdersResponse> out) {
    String user = Ownership.ofCaller().checkUserId(request.getUserId());
    String symbol = request.getSymbol();
    // Every user's orders of a symbol go with one exchange request; one user's one by one,
    // since the exchange's bulk cancel would take the other users' orders with them.
    var cancels = user.isEmpty() ? engine.cancelAllOf(symbol)
        : engine.cancelAll(order -> user.equals(order.userId())
            && (symbol.isEmpty() || symbol.equals(order.symbol())));
    cancels.whenComplete((results, error) -> {
      if (error != null) {
        out.onError(Status.INTERNAL.withDescription("cancel all failed: " + error.getMessage())
            .asRuntimeException());
        return;
      }
      out.onNext(CancelAllResponses.of(results));
      out.onCompleted();
    });
  }

  @Override
  public void getOrder(GetOrderRequest request, StreamObserver<GetOrderResponse> out) {
    deliver(out, desk.get(Ownership.ofCaller(), request),
        order -> GetOrderResponse.newBuilder().setOrder(ProtoOrders.toProto(order)).build());
  }

  @Override
  public void getOrders(GetOrdersRequest asked, StreamObserver<GetOrdersResponse> out) {
    GetOrdersRequest request = asked.toBuilder()
        .setUserId(Ownership.ofCaller().checkUserId(asked.getUserId())).build();
    OrderQueries.toQuery(request).ifPresentOrElse(
        query -> {
          var page = engine.find(query);
          GetOrdersResponse.Builder response = GetOrdersResponse.newBuilder();
          page.orders().forEach(o -> response.addOrders(ProtoOrders.toProto(o)));
          if (page.next() != null) {
            response.setNextPageToken(PageTokens.encode(page.next()));
          }
          out.onNext(response.build());
          out.onCompleted();
        },
        () -> out.onError(RefusalStatus.of(OrderQueries.refusal(request))));
  }

  @Override
  public void streamOrderUpdates(StreamOrderUpdatesRequest request,
      StreamObserver<OrderUpdate> out) {
    streams.open(request, out);
  }

  /**
   * Positions per account, user and symbol. A caller without the admin scope sees only its
   * own user's positions (as with GetOrders); another user_id is PERMISSION_DENIED.
   */
  @Override
  public void getPositions(GetPositionsRequest request,
      StreamObserver<GetPositionsResponse> out) {
    String user = Ownership.ofCaller().checkUserId(request.getUserId());
    out.onNext(positions.answer(request, user));
    out.onCompleted();
  }

  /** The instance to forward a new order of {@code userId} to, if another trades its account. */
  private Optional<OrderServiceFutureStub> ownerOfUser(String userId) {
    if (forwarding == Forwarding.NONE) {
      return Optional.empty();
    }
    String account = engine.accountOfUser(Ownership.ofCaller().checkUserId(userId));
    return engine.runs(account) ? Optional.empty() : forwarding.toOwnerOf(account);
  }

  /** The instance to forward a call on an order to, if another trades the order's account. */
  private Optional<OrderServiceFutureStub> ownerOfOrder(String orderId, String userId,
      String clientOrderId) {
    if (forwarding == Forwarding.NONE) {
      return Optional.empty();
    }
    Optional<Order> order = !orderId.isEmpty() ? engine.get(orderId)
        : engine.getByClientOrderId(Ownership.ofCaller().checkUserId(userId), clientOrderId);
    return order.map(Order::accountId).filter(account -> !engine.runs(account))
        .flatMap(forwarding::toOwnerOf);
  }

  /** Answers with what the owner answered, its status and message included. */
  private static <T> void relay(ListenableFuture<T> forwarded, StreamObserver<T> out) {
    Futures.addCallback(forwarded, new FutureCallback<>() {
      @Override
      public void onSuccess(T response) {
        out.onNext(response);
        out.onCompleted();
      }

      @Override
      public void onFailure(Throwable t) {
        out.onError(Status.fromThrowable(t).asRuntimeException());
      }
    }, MoreExecutors.directExecutor());
  }

  private static <T> void deliver(StreamObserver<T> out, Answer<Order> answer,
      Function<Order, T> response) {
    switch (answer) {
      case Answer.Given<Order> given -> {
        out.onNext(response.apply(given.value()));
        out.onCompleted();
      }
      case Answer.Refused<Order> refused -> out.onError(refused.status().asRuntimeException());
    }
  }
}
