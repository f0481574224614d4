package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.oes.api.AdminServiceGrpc;
import io.oes.api.BatchCancelOrdersRequest;
import io.oes.api.BatchCancelOrdersResponse;
import io.oes.api.BatchCreateOrdersRequest;
import io.oes.api.BatchCreateOrdersResponse;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.FloorAccount;
import io.oes.api.GetFloorAccountRequest;
import io.oes.api.GetOrderRequest;
import io.oes.api.GetOrdersRequest;
import io.oes.api.GetPositionsRequest;
import io.oes.api.HaltRequest;
import io.oes.api.Order;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderSide;
import io.oes.api.OrderType;
import io.oes.api.OrderUpdate;
import io.oes.api.Position;
import io.oes.api.ResumeRequest;
import io.oes.api.StreamOrderUpdatesRequest;
import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.rest.BinanceRestClient;
import io.oes.binance.rest.HttpVerb;
import io.oes.binance.rest.RequestParams;
import io.oes.binance.rest.RestResponse;
import io.oes.binance.signing.BinanceCredentials;
import io.oes.server.security.ApiKeyHash;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A gateway with API keys configured, called as strategies and operators would. */
class AuthenticatedGatewayTest {
  private static final String ALICE = "oes_alice-trading-key-for-tests-0000000000000";
  private static final String BOB = "oes_bob-trading-key-for-tests-00000000000000000";
  private static final String READER = "oes_alice-read-only-key-for-tests-0000000000";
  private static final String OPERATOR = "oes_operator-admin-key-for-tests-00000000000";
  private static RunningGateway running;

  @BeforeAll
  static void start() {
    running = RunningGateway.start(Map.of(), """
        security:
          api_keys:
            - {name: alice-bot, user_id: alice, scopes: [trade, read], key_hash: '%s'}
            - {name: bob-bot, user_id: bob, scopes: [trade, read], key_hash: '%s'}
            - {name: alice-viewer, user_id: alice, scopes: [read], key_hash: '%s'}
            - {name: operator, user_id: ops, scopes: [admin, trade, read], key_hash: '%s'}
        """.formatted(hash(ALICE), hash(BOB), hash(READER), hash(OPERATOR)));
  }

  @AfterAll
  static void stop() throws Exception {
    running.close();
  }

  private static String hash(String key) {
    return ApiKeyHash.of(key).toConfigText();
  }

  private static OrderServiceGrpc.OrderServiceBlockingStub as(String key) {
    return OrderServiceGrpc.newBlockingStub(running.channel)
        .withInterceptors(authorization(key))
        .withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  private static ClientInterceptor authorization(String key) {
    Metadata headers = new Metadata();
    headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
        "Bearer " + key);
    return MetadataUtils.newAttachHeadersInterceptor(headers);
  }

  private static void assertDenied(Runnable call, Status.Code code, String text) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
      assertThat(e.getStatus().getCode()).isEqualTo(code);
      assertThat(e.getStatus().getDescription()).contains(text);
    });
  }

  @Test
  void aCallWithoutAKeyOrWithAWrongKeyIsUnauthenticated() {
    assertDenied(() -> running.orders().getOrders(GetOrdersRequest.getDefaultInstance()),
        Status.Code.UNAUTHENTICATED, "");
    assertDenied(() -> as("oes_not-a-key").getOrders(GetOrdersRequest.getDefaultInstance()),
        Status.Code.UNAUTHENTICATED, "");
  }

  @Test
  void aKeyTradesOnlyForItsOwnUser() {
    Order own = as(ALICE).createOrder(RunningGateway.restingBuy("").build()).getOrder();
    assertThat(own.getUserId()).isEqualTo("alice");
    assertDenied(() -> as(ALICE).createOrder(RunningGateway.restingBuy("bob").build()),
        Status.Code.PERMISSION_DENIED, "user_id bob does not match the key's user alice");
  }

  @Test
  void aBatchHoldsEachItemToTheKeysUserAndAReadOnlyKeyMayNotSendOne() {
    String bobs = as(BOB).createOrder(RunningGateway.restingBuy("bob").build()).getOrderId();

    BatchCreateOrdersResponse created = as(ALICE).batchCreateOrders(
        BatchCreateOrdersRequest.newBuilder().addOrders(RunningGateway.restingBuy(""))
            .addOrders(RunningGateway.restingBuy("bob")).build());
    BatchCancelOrdersResponse canceled = as(ALICE).batchCancelOrders(
        BatchCancelOrdersRequest.newBuilder()
            .addOrders(CancelOrderRequest.newBuilder().setOrderId(bobs))
            .addOrders(CancelOrderRequest.newBuilder()
                .setOrderId(created.getResults(0).getOrder().getOrderId())).build());

    assertThat(created.getResults(0).getOrder().getOrder().getUserId()).isEqualTo("alice");
    assertThat(created.getResults(1).getError().getCode()).isEqualTo("PERMISSION_DENIED");
    assertThat(created.getResults(1).getError().getMessage())
        .contains("user_id bob does not match the key's user alice");
    assertThat(canceled.getResults(0).getError().getCode()).isEqualTo("NOT_FOUND");
    assertThat(canceled.getResults(1).getOrder().getState())
        .isEqualTo(io.oes.api.OrderState.CANCELED);
    assertThat(as(OPERATOR).getOrder(GetOrderRequest.newBuilder().setOrderId(bobs).build())
        .getOrder().getState()).isEqualTo(io.oes.api.OrderState.SUBMITTED);
    assertDenied(() -> as(READER).batchCreateOrders(BatchCreateOrdersRequest.newBuilder()
        .addOrders(RunningGateway.restingBuy("")).build()), Status.Code.PERMISSION_DENIED, "");
  }

  @Test
  void anotherUsersOrderCannotBeSeenNorCanceled() {
    String bobs = as(BOB).createOrder(RunningGateway.restingBuy("bob").build()).getOrderId();
    assertDenied(() -> as(ALICE).getOrder(GetOrderRequest.newBuilder().setOrderId(bobs).build()),
        Status.Code.NOT_FOUND, "not found");
    assertDenied(() -> as(ALICE).cancelOrder(CancelOrderRequest.newBuilder().setOrderId(bobs)
        .build()), Status.Code.NOT_FOUND, "not found");
    assertThat(as(ALICE).getOrders(GetOrdersRequest.getDefaultInstance()).getOrdersList())
        .allMatch(order -> order.getUserId().equals("alice"));
    assertThat(as(OPERATOR).getOrder(GetOrderRequest.newBuilder().setOrderId(bobs).build())
        .getOrder().getUserId()).isEqualTo("bob");
  }

  @Test
  void aResumedStreamReplaysOnlyTheCallersOwnOrders() throws Exception {
    as(BOB).createOrder(RunningGateway.restingBuy("").build());
    String alices = as(ALICE).createOrder(RunningGateway.restingBuy("").build()).getOrderId();
    as(ALICE).cancelOrder(CancelOrderRequest.newBuilder().setOrderId(alices).build());
    UpdateCollector replayed = new UpdateCollector();
    OrderServiceGrpc.newStub(running.channel).withInterceptors(authorization(ALICE))
        .streamOrderUpdates(StreamOrderUpdatesRequest.newBuilder().setFromSequence(1).build(),
            replayed);

    OrderUpdate update;
    do {
      update = replayed.take(1).get(0);
      assertThat(update.getOrder().getUserId()).isEqualTo("alice");
    } while (!(update.getOrder().getOrderId().equals(alices)
        && update.getUpdateType().equals("CANCELED")));
  }

  @Test
  void aReadOnlyKeyCannotTrade() {
    assertDenied(() -> as(READER).createOrder(RunningGateway.restingBuy("").build()),
        Status.Code.PERMISSION_DENIED, "trade");
    assertThat(as(READER).getOrders(GetOrdersRequest.getDefaultInstance()).getOrdersList())
        .allMatch(order -> order.getUserId().equals("alice"));
  }

  @Test
  void onlyAnAdminKeyHaltsTrading() {
    Metadata alice = new Metadata();
    alice.put(Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER), ALICE);
    assertDenied(() -> AdminServiceGrpc.newBlockingStub(running.channel)
        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(alice))
        .halt(HaltRequest.newBuilder().setReason("not mine to call").build()),
        Status.Code.PERMISSION_DENIED, "admin");
    Metadata operator = new Metadata();
    operator.put(Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER), OPERATOR);
    var admin = AdminServiceGrpc.newBlockingStub(running.channel)
        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(operator));
    assertThat(admin.halt(HaltRequest.newBuilder().setReason("drill").build()).getChangedBy())
        .isEqualTo("operator");
    admin.resume(ResumeRequest.getDefaultInstance());
  }
  @Test
  void onlyAnAdminKeyLearnsTheEmbeddedSimulatorsFloorAccountAndItTradesThere() throws Exception {
    assertDenied(() -> AdminServiceGrpc.newBlockingStub(running.channel)
        .withInterceptors(authorization(READER))
        .getFloorAccount(GetFloorAccountRequest.getDefaultInstance()),
        Status.Code.PERMISSION_DENIED, "admin");
    FloorAccount floor = AdminServiceGrpc.newBlockingStub(running.channel)
        .withInterceptors(authorization(OPERATOR))
        .getFloorAccount(GetFloorAccountRequest.getDefaultInstance());

    assertThat(floor.getRestUrl()).startsWith("http://127.0.0.1:");
    as(ALICE).createOrder(RunningGateway.restingBuy("").build());
    try (BinanceRestClient direct = new BinanceRestClient(BinanceClientConfig.of(
        URI.create(floor.getRestUrl()),
        new BinanceCredentials(floor.getApiKey(), floor.getSecretKey())))) {
      RestResponse placed = direct.sendSigned(HttpVerb.POST, "/fapi/v1/order",
          new RequestParams().add("symbol", "BTCUSDT").add("side", "BUY").add("type", "LIMIT")
              .add("timeInForce", "GTC").add("quantity", "0.002").add("price", "61234.5"))
          .get(30, TimeUnit.SECONDS);
      assertThat(placed.status()).as(placed.body()).isEqualTo(200);
      // an account of its own: the gateway's resting orders are not among its open orders
      RestResponse open = direct.sendSigned(HttpVerb.GET, "/fapi/v1/openOrders",
          new RequestParams().add("symbol", "BTCUSDT")).get(30, TimeUnit.SECONDS);
      assertThat(open.status()).isEqualTo(200);
      assertThat(new ObjectMapper().readTree(open.body())).singleElement()
          .satisfies(order -> assertThat(order.path("price").asText()).startsWith("61234.5"));
    }
  }

  @Test
  void aKeySeesOnlyItsOwnUsersPositionsAndAnOperatorSeesEveryones() {
    as(ALICE).createOrder(marketBuy());
    as(BOB).createOrder(marketBuy());
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() ->
        as(OPERATOR).getPositions(GetPositionsRequest.getDefaultInstance())
            .getPositionsCount() == 2);

    assertThat(as(ALICE).getPositions(GetPositionsRequest.getDefaultInstance())
        .getPositionsList()).extracting(Position::getUserId).containsExactly("alice");
    assertThat(as(OPERATOR).getPositions(GetPositionsRequest.getDefaultInstance())
        .getPositionsList()).extracting(Position::getUserId).containsExactly("alice", "bob");
    assertDenied(() -> as(ALICE).getPositions(GetPositionsRequest.newBuilder().setUserId("bob")
        .build()), Status.Code.PERMISSION_DENIED, "does not match the key's user alice");
  }

  private static CreateOrderRequest marketBuy() {
    return CreateOrderRequest.newBuilder().setSymbol("SOLUSDT").setSide(OrderSide.BUY)
        .setType(OrderType.MARKET).setQuantity(1).build();
  }
}
