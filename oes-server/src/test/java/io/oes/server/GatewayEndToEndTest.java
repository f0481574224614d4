package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CancelOrderResponse;
import io.oes.api.CreateOrderRequest;
import io.oes.api.CreateOrderResponse;
import io.oes.api.GetOrderRequest;
import io.oes.api.GetOrdersRequest;
import io.oes.api.Order;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.api.OrderUpdate;
import io.oes.api.StreamOrderUpdatesRequest;
import io.oes.api.TimeInForce;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded default as a user meets it: the gateway with its simulator, driven through the
 * real gRPC and HTTP ports by a client generated from the b25 contract.
 */
class GatewayEndToEndTest {
  private static RunningGateway running;
  private static ManagedChannel channel;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startGateway() {
    running = RunningGateway.start(Map.of());
    channel = running.channel;
  }

  @AfterAll
  static void stopGateway() throws Exception {
    running.close();
  }

  private static OrderServiceGrpc.OrderServiceBlockingStub orders() {
    return running.orders();
  }

  private static CreateOrderRequest.Builder restingBuy() {
    return RunningGateway.restingBuy("alice");
  }

  @Test
  void aLimitOrderAwayFromTheMarketRestsSubmittedAndCancelsToCanceled() {
    CreateOrderResponse created = orders().createOrder(restingBuy().build());
    assertThat(created.getState()).isEqualTo(OrderState.SUBMITTED);
    assertThat(created.getOrderId()).isNotEmpty();
    assertThat(created.getErrorMessage()).isEmpty();

    Order fetched = orders().getOrder(GetOrderRequest.newBuilder()
        .setOrderId(created.getOrderId()).build()).getOrder();
    assertThat(fetched.getState()).isEqualTo(OrderState.SUBMITTED);
    assertThat(fetched.getPrice()).isEqualTo(60000.0);
    assertThat(fetched.getExchangeOrderId()).isNotEmpty();
    assertThat(fetched.getCreatedAt()).isBetween(System.currentTimeMillis() / 1000 - 60,
        System.currentTimeMillis() / 1000 + 1);

    CancelOrderResponse canceled = orders().cancelOrder(CancelOrderRequest.newBuilder()
        .setOrderId(created.getOrderId()).setSymbol("BTCUSDT").build());
    assertThat(canceled.getState()).isEqualTo(OrderState.CANCELED);

    assertThatThrownBy(() -> orders().cancelOrder(CancelOrderRequest.newBuilder()
        .setOrderId(created.getOrderId()).setSymbol("BTCUSDT").build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
          assertThat(e.getStatus().getDescription()).contains("already CANCELED");
        });
  }

  @Test
  void aMarketOrderFillsWithAnAveragePrice() {
    CreateOrderResponse created = orders().createOrder(CreateOrderRequest.newBuilder()
        .setSymbol("BTCUSDT").setSide(OrderSide.BUY).setType(OrderType.MARKET)
        .setQuantity(0.01).setUserId("alice").build());
    assertThat(created.getState()).isEqualTo(OrderState.FILLED);
    Order order = orders().getOrder(GetOrderRequest.newBuilder()
        .setOrderId(created.getOrderId()).build()).getOrder();
    assertThat(order.getFilledQuantity()).isEqualTo(0.01);
    assertThat(order.getAveragePrice()).isGreaterThan(1000.0);
  }

  @Test
  void getOrdersListsTheNewestFirst() {
    String first = orders().createOrder(restingBuy().setUserId("lister").build()).getOrderId();
    String second = orders().createOrder(restingBuy().setUserId("lister").setPrice(60000.1)
        .build()).getOrderId();
    var listed = orders().getOrders(GetOrdersRequest.newBuilder().setUserId("lister").setLimit(10)
        .build()).getOrdersList();
    assertThat(listed).extracting(Order::getOrderId).containsExactly(second, first);
    var submittedBtc = orders().getOrders(GetOrdersRequest.newBuilder().setSymbol("BTCUSDT")
        .setState(OrderState.SUBMITTED).build()).getOrdersList();
    assertThat(submittedBtc).extracting(Order::getOrderId).contains(first, second);
    assertThat(submittedBtc).allMatch(o -> o.getState() == OrderState.SUBMITTED);
  }

  @Test
  void aRepeatedClientOrderIdReturnsTheSameOrder() {
    CreateOrderRequest request = restingBuy().setClientOrderId("strategy-7-0001").build();
    String first = orders().createOrder(request).getOrderId();
    assertThat(orders().createOrder(request).getOrderId()).isEqualTo(first);
    assertThatThrownBy(() -> orders().createOrder(request.toBuilder().setQuantity(0.02).build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(
            e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS));
  }

  @Test
  void aQuantityBelowTheMinimumIsRefusedNamingTheMinimum() {
    assertRefused(restingBuy().setQuantity(0.0001).build(),
        "validation failed: quantity 0.0001 below minimum 0.001 for BTCUSDT");
  }

  @Test
  void aPriceOffTheTickIsRefused() {
    assertRefused(restingBuy().setPrice(60000.05).build(),
        "price 60000.05 is not a multiple of tick size 0.1 for BTCUSDT");
  }

  @Test
  void postOnlyWithIocIsRefused() {
    assertRefused(restingBuy().setType(OrderType.POST_ONLY).setTimeInForce(TimeInForce.IOC)
        .build(), "time_in_force IOC is not allowed for a post-only order");
  }

  @Test
  void anUnknownEnumNumberIsRefused() {
    assertRefused(restingBuy().setSideValue(9).build(), "side 9 is not a known OrderSide");
  }

  private static void assertRefused(CreateOrderRequest request, String message) {
    assertThatThrownBy(() -> orders().createOrder(request))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
          assertThat(e.getStatus().getDescription()).contains(message);
        });
  }

  @Test
  void streamOrderUpdatesDeliversEveryChangeOfAnOrderInSequence() throws Exception {
    var updates = new java.util.concurrent.LinkedBlockingQueue<OrderUpdate>();
    OrderServiceGrpc.newStub(channel).streamOrderUpdates(StreamOrderUpdatesRequest.newBuilder()
        .setUserId("streamer").addSymbols("BTCUSDT").build(), new io.grpc.stub.StreamObserver<>() {
          @Override
          public void onNext(OrderUpdate update) {
            updates.add(update);
          }

          @Override
          public void onError(Throwable t) {}

          @Override
          public void onCompleted() {}
        });
    awaitLiveSubscription(updates);

    String orderId = orders().createOrder(restingBuy().setUserId("streamer").build()).getOrderId();
    orders().cancelOrder(CancelOrderRequest.newBuilder().setOrderId(orderId).build());

    OrderUpdate created = updates.poll(10, TimeUnit.SECONDS);
    OrderUpdate submitted = updates.poll(10, TimeUnit.SECONDS);
    OrderUpdate canceled = updates.poll(10, TimeUnit.SECONDS);
    assertThat(created.getUpdateType()).isEqualTo("CREATED");
    assertThat(submitted.getUpdateType()).isEqualTo("SUBMITTED");
    assertThat(canceled.getUpdateType()).isEqualTo("CANCELED");
    assertThat(canceled.getOrder().getOrderId()).isEqualTo(orderId);
    assertThat(canceled.getOrder().getState()).isEqualTo(OrderState.CANCELED);
    assertThat(submitted.getSequence()).isGreaterThan(created.getSequence());
    assertThat(canceled.getSequence()).isGreaterThan(submitted.getSequence());
  }

  /**
   * A stream is live once the server has registered it, which the client cannot see: send
   * orders until one shows up on the stream, then forget what arrived.
   */
  private static void awaitLiveSubscription(java.util.concurrent.BlockingQueue<OrderUpdate> updates)
      throws InterruptedException {
    boolean live = false;
    for (int attempt = 0; attempt < 50 && !live; attempt++) {
      String probe = orders().createOrder(restingBuy().setUserId("streamer").build()).getOrderId();
      orders().cancelOrder(CancelOrderRequest.newBuilder().setOrderId(probe).build());
      live = updates.poll(200, TimeUnit.MILLISECONDS) != null;
    }
    assertThat(live).as("the stream delivers updates").isTrue();
    Thread.sleep(200);
    updates.clear();
  }

  @Test
  void theStandardGrpcHealthServiceSaysServing() {
    HealthCheckResponse response = HealthGrpc.newBlockingStub(channel)
        .check(HealthCheckRequest.newBuilder().setService("order.OrderService").build());
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
  }

  @Test
  void serverReflectionListsTheOrderService() throws Exception {
    var received = new java.util.concurrent.LinkedBlockingQueue<ServerReflectionResponse>();
    var requests = ServerReflectionGrpc.newStub(channel).serverReflectionInfo(
        new io.grpc.stub.StreamObserver<>() {
          @Override
          public void onNext(ServerReflectionResponse response) {
            received.add(response);
          }

          @Override
          public void onError(Throwable t) {}

          @Override
          public void onCompleted() {}
        });
    requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
    ServerReflectionResponse response = received.poll(10, TimeUnit.SECONDS);
    requests.onCompleted();
    assertThat(response).isNotNull();
    assertThat(response.getListServicesResponse().getServiceList())
        .extracting(service -> service.getName())
        .contains("order.OrderService", "grpc.health.v1.Health");
  }

  @Test
  void httpHealthAnswersTheJsonOfTheSpec() throws Exception {
    HttpResponse<String> health = get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"healthy\"").contains("\"checks\"")
        .contains("\"exchange\"").contains("\"store\"").contains("\"duration_ms\"")
        .contains("\"version\":\"test\"");
    assertThat(get("/health/live").body()).isEqualTo("alive");
    assertThat(get("/health/ready").statusCode()).isEqualTo(200);
  }

  @Test
  void metricsCountCreatedOrders() throws Exception {
    orders().createOrder(restingBuy().setUserId("metered").build());
    String metrics = get("/metrics").body();
    assertThat(metrics).contains("order_execution_orders_created_total");
    assertThat(metrics).contains("jvm_memory_used_bytes");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + running.gateway.httpPort() + path);
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
