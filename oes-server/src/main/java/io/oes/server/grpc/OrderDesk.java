package io.oes.server.grpc;

import io.grpc.Status;
import io.oes.api.AmendOrderRequest;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.GetOrderRequest;
import io.oes.core.engine.OrderEngine;
import io.oes.core.order.Decimals;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.RefusalCode;
import io.oes.core.refusal.Result;
import io.oes.server.metrics.Metrics;
import io.oes.server.security.CallRefused;
import io.oes.server.security.Ownership;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The order calls behind every transport (gRPC's {@code OrderService}, NATS order entry), from a
 * decoded request and its caller to the order or the refusal: ownership, validation, the engine
 * (risk, idempotency by client order id) and the metrics. A transport only decodes, checks who
 * calls, and renders the answer; so both answer alike.
 *
 * <p>Calls that reach the engine return at once with a future; it always completes normally, a
 * failure of the engine being answered as INTERNAL. Lookups may read the cache or the store:
 * call them off any thread that must not block. Thread-safe.
 */
public final class OrderDesk {
  private final OrderEngine engine;
  private final Metrics metrics;

  public OrderDesk(OrderEngine engine, Metrics metrics) {
    this.engine = engine;
    this.metrics = metrics;
  }

  /** CreateOrder: the order as it stands once the engine answered (REJECTED included). */
  public CompletableFuture<Answer<Order>> create(Ownership caller, CreateOrderRequest asked) {
    return refusing(() -> {
      CreateOrderRequest request = asked.toBuilder()
          .setUserId(caller.checkUserId(asked.getUserId())).build();
      Result<OrderRequest> decoded = ProtoRequests.toCore(request);
      if (decoded instanceof Result.Refused<OrderRequest> refused) {
        return refusedNow(refused.refusal());
      }
      long start = System.nanoTime();
      return engine.create(((Result.Done<OrderRequest>) decoded).value())
          .whenComplete((result, error) -> metrics.orders()
              .recordSubmitLatency(System.nanoTime() - start))
          .handle(this::settle);
    });
  }

  /** CancelOrder, by order id or by the caller's client order id. */
  public CompletableFuture<Answer<Order>> cancel(Ownership caller, CancelOrderRequest request) {
    return refusing(() -> {
      Optional<Order> target = visibleOrder(caller, request.getOrderId(), request.getUserId(),
          request.getClientOrderId());
      if (target.isEmpty()) {
        return CompletableFuture.completedFuture(notFound(request.getOrderId(),
            request.getClientOrderId()));
      }
      long start = System.nanoTime();
      return engine.cancel(target.get())
          .whenComplete((result, error) -> metrics.orders()
              .recordCancelLatency(System.nanoTime() - start))
          .handle(this::settle);
    });
  }

  /** AmendOrder: new quantity and/or price of an open LIMIT order. */
  public CompletableFuture<Answer<Order>> amend(Ownership caller, AmendOrderRequest request) {
    return refusing(() -> {
      Optional<Refusal> nonFinite = ProtoRequests.firstNonFinite(List.of("quantity", "price"),
          request.getQuantity(), request.getPrice());
      if (nonFinite.isPresent()) {
        return refusedNow(nonFinite.get());
      }
      Optional<Order> target = visibleOrder(caller, request.getOrderId(), request.getUserId(),
          request.getClientOrderId());
      if (target.isEmpty()) {
        return CompletableFuture.completedFuture(notFound(request.getOrderId(),
            request.getClientOrderId()));
      }
      return engine.amend(target.get(), Decimals.fromWire(request.getQuantity()),
          Decimals.fromWire(request.getPrice())).handle(this::settle);
    });
  }

  /** GetOrder, by order id or by client order id; another user's order is not found. */
  public Answer<Order> get(Ownership caller, GetOrderRequest request) {
    try {
      String user = caller.checkUserId(request.getUserId());
      Optional<Order> order = (request.getOrderId().isEmpty()
          ? clientIdLookup(user, request.getClientOrderId())
          : engine.get(request.getOrderId()))
          .filter(found -> caller.canSee(found.userId()));
      return order.<Answer<Order>>map(Answer::given)
          .orElseGet(() -> notFound(request.getOrderId(), request.getClientOrderId()));
    } catch (CallRefused refused) {
      return Answer.refused(refused.getStatus());
    }
  }

  /**
   * BatchCreateOrders: every item as {@link #create} would take it, in order; the items that
   * pass the edge go to the engine as one batch (intents committed together, sent five to an
   * exchange request).
   */
  CompletableFuture<List<BatchCalls.Outcome>> createBatch(Ownership caller,
      List<CreateOrderRequest> asked) {
    long start = System.nanoTime();
    BatchCalls.Items<OrderRequest> items = new BatchCalls.Items<>(asked.size());
    for (int i = 0; i < asked.size(); i++) {
      CreateOrderRequest item = asked.get(i);
      items.admitOrRefuse(i, () -> ProtoRequests.toCore(item.toBuilder()
          .setUserId(caller.checkUserId(item.getUserId())).build()), item);
    }
    return BatchCalls.answer(items, engine::createBatch, this::noteRefusal)
        .whenComplete((outcomes, error) -> metrics.orders()
            .recordBatchCreateLatency(System.nanoTime() - start));
  }

  /**
   * BatchCancelOrders: every item as {@link #cancel} would take it, in order; the orders found
   * go to the engine as one batch.
   */
  CompletableFuture<List<BatchCalls.Outcome>> cancelBatch(Ownership caller,
      List<CancelOrderRequest> asked) {
    long start = System.nanoTime();
    BatchCalls.Items<Order> items = new BatchCalls.Items<>(asked.size());
    for (int i = 0; i < asked.size(); i++) {
      CancelOrderRequest item = asked.get(i);
      items.admitOrRefuse(i, () -> visibleOrder(caller, item.getOrderId(), item.getUserId(),
              item.getClientOrderId())
          .<Result<Order>>map(Result::done)
          .orElseGet(() -> Result.refused(Refusal.notFound(describeMissing(item.getOrderId(),
              item.getClientOrderId())))), item);
    }
    return BatchCalls.answer(items, engine::cancelBatch, this::noteRefusal)
        .whenComplete((outcomes, error) -> metrics.orders()
            .recordBatchCancelLatency(System.nanoTime() - start));
  }

  /**
   * The order a cancel or amend names, if the caller may touch it: by order id, or by client
   * order id of the caller's (or, for an admin, the named) user. Another user's order is
   * reported as not found, so order ids cannot be probed.
   */
  private Optional<Order> visibleOrder(Ownership caller, String orderId, String userId,
      String clientOrderId) {
    String user = caller.checkUserId(userId);
    Optional<Order> order = orderId.isEmpty() ? clientIdLookup(user, clientOrderId)
        : engine.get(orderId);
    return order.filter(found -> caller.canSee(found.userId()));
  }

  private Optional<Order> clientIdLookup(String userId, String clientOrderId) {
    if (clientOrderId.isEmpty()) {
      return Optional.empty();
    }
    return engine.getByClientOrderId(userId, clientOrderId);
  }

  private static <T> Answer<T> notFound(String orderId, String clientOrderId) {
    return Answer.refused(Status.NOT_FOUND.withDescription(
        describeMissing(orderId, clientOrderId)));
  }

  private static String describeMissing(String orderId, String clientOrderId) {
    if (orderId.isEmpty() && clientOrderId.isEmpty()) {
      return "order_id or client_order_id is required";
    }
    return orderId.isEmpty() ? "order with client_order_id " + clientOrderId + " not found"
        : "order " + orderId + " not found";
  }

  private Answer<Order> settle(Result<Order> result, Throwable error) {
    if (error != null) {
      return Answer.refused(Status.INTERNAL.withDescription("order handling failed: "
          + error.getMessage()));
    }
    return switch (result) {
      case Result.Done<Order> done -> Answer.given(done.value());
      case Result.Refused<Order> refused -> {
        noteRefusal(refused.refusal());
        yield Answer.refused(RefusalStatus.statusOf(refused.refusal()));
      }
    };
  }

  private void noteRefusal(Refusal refusal) {
    if (refusal.code() == RefusalCode.RESOURCE_EXHAUSTED) {
      metrics.exchange().rateLimitHit("client");
    }
  }

  private static CompletableFuture<Answer<Order>> refusedNow(Refusal refusal) {
    return CompletableFuture.completedFuture(Answer.refused(RefusalStatus.statusOf(refusal)));
  }

  /** The call, with a refusal of who calls ({@link CallRefused}) answered as its status. */
  private static CompletableFuture<Answer<Order>> refusing(
      Supplier<CompletableFuture<Answer<Order>>> call) {
    try {
      return call.get();
    } catch (CallRefused refused) {
      return CompletableFuture.completedFuture(Answer.refused(refused.getStatus()));
    }
  }
}
