package io.oes.server.grpc;

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
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderUpdate;
import io.oes.api.StreamOrderUpdatesRequest;
import io.oes.core.engine.OrderEngine;
import io.oes.core.order.Decimals;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.RefusalCode;
import io.oes.core.refusal.Result;
import io.oes.server.metrics.Metrics;
import io.oes.server.security.Ownership;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** b25's OrderService over the engine. Every call returns without blocking a gRPC thread. */
public final class OrderGrpcService extends OrderServiceGrpc.OrderServiceImplBase {
  private final OrderEngine engine;
  private final UpdateStreams streams;
  private final Metrics metrics;
  private final PositionQueries positions;

  /**
   * @param streams serves StreamOrderUpdates
   * @param positions what GetPositions answers from
   */
  public OrderGrpcService(OrderEngine engine, UpdateStreams streams, Metrics metrics,
      PositionQueries positions) {
    this.positions = positions;
    this.engine = engine;
    this.streams = streams;
    this.metrics = metrics;
  }

  @Override
  public void createOrder(CreateOrderRequest asked, StreamObserver<CreateOrderResponse> out) {
    CreateOrderRequest request = asked.toBuilder()
        .setUserId(Ownership.ofCaller().checkUserId(asked.getUserId())).build();
    Result<OrderRequest> decoded = ProtoRequests.toCore(request);
    if (decoded instanceof Result.Refused<OrderRequest> refused) {
      out.onError(RefusalStatus.of(refused.refusal()));
      return;
    }
    long start = System.nanoTime();
    engine.create(((Result.Done<OrderRequest>) decoded).value())
        .whenComplete((result, error) -> metrics.orders()
            .recordSubmitLatency(System.nanoTime() - start))
        .whenComplete((result, error) -> answer(out, result, error,
            OrderGrpcService::createResponse));
  }

  static CreateOrderResponse createResponse(Order order) {
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

  static CancelOrderResponse cancelResponse(Order order) {
    return CancelOrderResponse.newBuilder()
        .setOrderId(order.orderId())
        .setState(io.oes.api.OrderState.valueOf(order.state().name()))
        .setTimestamp(ProtoOrders.seconds(order.updatedAt()))
        .build();
  }

  @Override
  public void cancelOrder(CancelOrderRequest request, StreamObserver<CancelOrderResponse> out) {
    Optional<Order> target = visibleOrder(request.getOrderId(), request.getUserId(),
        request.getClientOrderId());
    if (target.isEmpty()) {
      out.onError(Status.NOT_FOUND.withDescription(describeMissing(request.getOrderId(),
          request.getClientOrderId())).asRuntimeException());
      return;
    }
    long start = System.nanoTime();
    engine.cancel(target.get())
        .whenComplete((result, error) -> metrics.orders()
            .recordCancelLatency(System.nanoTime() - start))
        .whenComplete((result, error) -> answer(out, result, error,
            OrderGrpcService::cancelResponse));
  }

  /**
   * Each item as CreateOrder would take it, answering on its own (see {@link BatchCalls}); the
   * items that pass the edge go to the engine as one batch.
   */
  @Override
  public void batchCreateOrders(BatchCreateOrdersRequest request,
      StreamObserver<BatchCreateOrdersResponse> out) {
    Optional<Refusal> size = BatchCalls.sizeProblem(request.getOrdersCount());
    if (size.isPresent()) {
      out.onError(RefusalStatus.of(size.get()));
      return;
    }
    long start = System.nanoTime();
    Ownership ownership = Ownership.ofCaller();
    BatchCalls.Items<OrderRequest> items = new BatchCalls.Items<>(request.getOrdersCount());
    for (int i = 0; i < request.getOrdersCount(); i++) {
      CreateOrderRequest asked = request.getOrders(i);
      items.admitOrRefuse(i, () -> {
        CreateOrderRequest owned = asked.toBuilder()
            .setUserId(ownership.checkUserId(asked.getUserId())).build();
        return ProtoRequests.toCore(owned);
      }, asked);
    }
    BatchCalls.answer(items, engine::createBatch, this::noteRefusal, (index, outcome) -> {
      BatchCreateResult.Builder result = BatchCreateResult.newBuilder().setIndex(index);
      return switch (outcome) {
        case BatchCalls.Outcome.Done done ->
            result.setOrder(createResponse(done.order())).build();
        case BatchCalls.Outcome.Failed failed -> result.setError(failed.error()).build();
      };
    }).whenComplete((results, error) -> {
      metrics.orders().recordBatchCreateLatency(System.nanoTime() - start);
      if (error != null) {
        out.onError(Status.INTERNAL.withDescription("batch handling failed: "
            + error.getMessage()).asRuntimeException());
        return;
      }
      out.onNext(BatchCreateOrdersResponse.newBuilder().addAllResults(results).build());
      out.onCompleted();
    });
  }

  /**
   * Each item as CancelOrder would take it (by order id, or by client order id with its user;
   * another user's order is not found), answering on its own; the orders found go to the
   * engine as one batch.
   */
  @Override
  public void batchCancelOrders(BatchCancelOrdersRequest request,
      StreamObserver<BatchCancelOrdersResponse> out) {
    Optional<Refusal> size = BatchCalls.sizeProblem(request.getOrdersCount());
    if (size.isPresent()) {
      out.onError(RefusalStatus.of(size.get()));
      return;
    }
    long start = System.nanoTime();
    BatchCalls.Items<Order> items = new BatchCalls.Items<>(request.getOrdersCount());
    for (int i = 0; i < request.getOrdersCount(); i++) {
      CancelOrderRequest asked = request.getOrders(i);
      items.admitOrRefuse(i, () -> visibleOrder(asked.getOrderId(), asked.getUserId(),
              asked.getClientOrderId())
          .<Result<Order>>map(Result::done)
          .orElseGet(() -> Result.refused(Refusal.notFound(describeMissing(asked.getOrderId(),
              asked.getClientOrderId())))), asked);
    }
    BatchCalls.answer(items, engine::cancelBatch, this::noteRefusal, (index, outcome) -> {
      BatchCancelResult.Builder result = BatchCancelResult.newBuilder().setIndex(index);
      return switch (outcome) {
        case BatchCalls.Outcome.Done done ->
            result.setOrder(cancelResponse(done.order())).build();
        case BatchCalls.Outcome.Failed failed -> result.setError(failed.error()).build();
      };
    }).whenComplete((results, error) -> {
      metrics.orders().recordBatchCancelLatency(System.nanoTime() - start);
      if (error != null) {
        out.onError(Status.INTERNAL.withDescription("batch handling failed: "
            + error.getMessage()).asRuntimeException());
        return;
      }
      out.onNext(BatchCancelOrdersResponse.newBuilder().addAllResults(results).build());
      out.onCompleted();
    });
  }

  private void noteRefusal(Refusal refusal) {
    if (refusal.code() == RefusalCode.RESOURCE_EXHAUSTED) {
      metrics.exchange().rateLimitHit("client");
    }
  }

  @Override
  public void amendOrder(AmendOrderRequest request, StreamObserver<AmendOrderResponse> out) {
    Optional<Refusal> nonFinite = ProtoRequests.firstNonFinite(List.of("quantity", "price"),
        request.getQuantity(), request.getPrice());
    if (nonFinite.isPresent()) {
      out.onError(RefusalStatus.of(nonFinite.get()));
      return;
    }
    Optional<Order> target = visibleOrder(request.getOrderId(), request.getUserId(),
        request.getClientOrderId());
    if (target.isEmpty()) {
      out.onError(Status.NOT_FOUND.withDescription(describeMissing(request.getOrderId(),
          request.getClientOrderId())).asRuntimeException());
      return;
    }
    engine.amend(target.get(), Decimals.fromWire(request.getQuantity()),
            Decimals.fromWire(request.getPrice()))
        .whenComplete((result, error) -> answer(out, result, error, order ->
            AmendOrderResponse.newBuilder().setOrder(ProtoOrders.toProto(order)).build()));
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
    Ownership ownership = Ownership.ofCaller();
    String user = ownership.checkUserId(request.getUserId());
    Optional<Order> order = (request.getOrderId().isEmpty()
        ? clientIdLookup(user, request.getClientOrderId())
        : engine.get(request.getOrderId()))
        .filter(found -> ownership.canSee(found.userId()));
    if (order.isEmpty()) {
      out.onError(Status.NOT_FOUND.withDescription(describeMissing(request.getOrderId(),
          request.getClientOrderId())).asRuntimeException());
      return;
    }
    out.onNext(GetOrderResponse.newBuilder().setOrder(ProtoOrders.toProto(order.get())).build());
    out.onCompleted();
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

  /**
   * The order a cancel or amend names, if the caller may touch it: by order id, or by client
   * order id of the caller's (or, for an admin, the named) user. Another user's order is
   * reported as not found, so order ids cannot be probed.
   */
  private Optional<Order> visibleOrder(String orderId, String userId, String clientOrderId) {
    Ownership ownership = Ownership.ofCaller();
    String user = ownership.checkUserId(userId);
    Optional<Order> order = orderId.isEmpty() ? clientIdLookup(user, clientOrderId)
        : engine.get(orderId);
    return order.filter(found -> ownership.canSee(found.userId()));
  }

  private Optional<Order> clientIdLookup(String userId, String clientOrderId) {
    if (clientOrderId.isEmpty()) {
      return Optional.empty();
    }
    return engine.getByClientOrderId(userId, clientOrderId);
  }

  private static String describeMissing(String orderId, String clientOrderId) {
    if (orderId.isEmpty() && clientOrderId.isEmpty()) {
      return "order_id or client_order_id is required";
    }
    return orderId.isEmpty() ? "order with client_order_id " + clientOrderId + " not found"
        : "order " + orderId + " not found";
  }

  private <T> void answer(StreamObserver<T> out, Result<Order> result, Throwable error,
      Function<Order, T> response) {
    if (error != null) {
      out.onError(Status.INTERNAL.withDescription("order handling failed: " + error.getMessage())
          .asRuntimeException());
      return;
    }
    switch (result) {
      case Result.Done<Order> done -> {
        out.onNext(response.apply(done.value()));
        out.onCompleted();
      }
      case Result.Refused<Order> refused -> {
        if (refused.refusal().code() == RefusalCode.RESOURCE_EXHAUSTED) {
          metrics.exchange().rateLimitHit("client");
        }
        out.onError(RefusalStatus.of(refused.refusal()));
      }
    }
  }
}
