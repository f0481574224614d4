package io.oes.server.security;

import static io.oes.server.security.SecuredServer.withBearer;
import static io.oes.server.security.SecuredServer.withHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.grpc.CallOptions;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import io.oes.api.CreateOrderRequest;
import io.oes.api.GetOrderRequest;
import io.oes.api.GetOrdersRequest;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderServiceGrpc.OrderServiceBlockingStub;
import io.oes.api.OrderUpdate;
import io.oes.api.StreamOrderUpdatesRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * API-key authentication over a real gRPC port: missing, wrong, under-scoped and cross-user
 * calls are each denied with the status the contract names; health and reflection stay open.
 */
class GrpcAuthenticationTest {

  private static final MethodDescriptor<byte[], byte[]> HALT =
      RawRequests.method(MethodScopes.ADMIN_SERVICE + "/Halt");

  private static final TestKeys KEYS = new TestKeys();
  private static SecuredServer server;
  private static ManagedChannel channel;

  @BeforeAll
  static void start() throws IOException {
    ServerServiceDefinition admin = ServerServiceDefinition.builder(MethodScopes.ADMIN_SERVICE)
        .addMethod(HALT, ServerCalls.asyncUnaryCall((request, out) -> {
          out.onNext(new byte[] {1});
          out.onCompleted();
        })).build();
    server = new SecuredServer(Authenticator.of(KEYS.settings(2)), null,
        List.of(new OwnedOrders(new StreamQuota(2)), () -> admin));
    channel = server.plaintextChannel();
  }

  @AfterAll
  static void stop() {
    channel.shutdownNow();
    server.close();
  }

  private static OrderServiceBlockingStub orders(String key) {
    return withBearer(OrderServiceGrpc.newBlockingStub(channel), key);
  }

  private static CreateOrderRequest order(String user) {
    return CreateOrderRequest.newBuilder().setSymbol("BTCUSDT").setUserId(user).build();
  }

  @Test
  void aCallWithoutAKeyIsUnauthenticated() {
    assertThatThrownBy(() -> OrderServiceGrpc.newBlockingStub(channel).createOrder(order("")))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
          assertThat(e.getStatus().getDescription())
              .isEqualTo(AuthInterceptor.UNAUTHENTICATED_MESSAGE);
        });
  }

  @Test
  void aWrongKeyGetsTheSameAnswerAsNoKey() {
    assertThatThrownBy(() -> orders(ApiKeys.KEY_PREFIX + "not-a-key").createOrder(order("")))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
          assertThat(e.getStatus().getDescription())
              .isEqualTo(AuthInterceptor.UNAUTHENTICATED_MESSAGE);
        });
  }

  @Test
  void aKeyIsAcceptedAsBearerAndAsXApiKey() {
    assertThat(orders(KEYS.aliceTrader).createOrder(order("alice")).getOrder().getUserId())
        .isEqualTo("alice");
    var byHeader = withHeader(OrderServiceGrpc.newBlockingStub(channel),
        AuthInterceptor.X_API_KEY, KEYS.aliceTrader);
    assertThat(byHeader.createOrder(order("")).getOrder().getUserId()).isEqualTo("alice");
  }

  @Test
  void aCallCarryingTwoDifferentKeysIsRefusedAndTheSameKeyTwiceIsNot() {
    var twoKeys = withHeader(orders(KEYS.aliceTrader), AuthInterceptor.X_API_KEY, KEYS.admin);
    assertThatThrownBy(() -> twoKeys.createOrder(order("alice")))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
          assertThat(e.getStatus().getDescription()).isEqualTo(PresentedKey.CONFLICT_MESSAGE);
        });

    var sameKeyTwice =
        withHeader(orders(KEYS.aliceTrader), AuthInterceptor.X_API_KEY, KEYS.aliceTrader);
    assertThat(sameKeyTwice.createOrder(order("alice")).getOrder().getUserId())
        .isEqualTo("alice");
  }

  @Test
  void aReadOnlyKeyCannotTradeAndIsToldWhichScopeIsMissing() {
    assertThatThrownBy(() -> orders(KEYS.aliceReader).createOrder(order("alice")))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
          assertThat(e.getStatus().getDescription()).contains("CreateOrder needs the trade scope");
        });
    assertThat(orders(KEYS.aliceReader).getOrders(GetOrdersRequest.getDefaultInstance())
        .getOrdersList()).allMatch(o -> o.getUserId().equals("alice"));
  }

  @Test
  void onlyAnAdminKeyReachesTheAdminService() {
    assertThatThrownBy(() -> ClientCalls.blockingUnaryCall(
        withBearer(OrderServiceGrpc.newBlockingStub(channel), KEYS.aliceTrader).getChannel(),
        HALT, CallOptions.DEFAULT, new byte[0]))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e ->
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    var admin = withBearer(OrderServiceGrpc.newBlockingStub(channel), KEYS.admin);
    assertThat(ClientCalls.blockingUnaryCall(admin.getChannel(), HALT,
        admin.getCallOptions(), new byte[0])).containsExactly(1);
  }

  @Test
  void anOrderForAnotherUserIsPermissionDeniedNamingBothUsers() {
    assertThatThrownBy(() -> orders(KEYS.aliceTrader).createOrder(order("bob")))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
          assertThat(e.getStatus().getDescription())
              .isEqualTo("user_id bob does not match the key's user alice");
        });
  }

  @Test
  void anotherUsersOrderLooksNotFoundAndIsNotListed() {
    String bobs = orders(KEYS.bobTrader).createOrder(order("bob")).getOrderId();

    assertThatThrownBy(() -> orders(KEYS.aliceTrader)
        .getOrder(GetOrderRequest.newBuilder().setOrderId(bobs).build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
          assertThat(e.getStatus().getDescription()).isEqualTo("order " + bobs + " not found");
        });
    assertThat(orders(KEYS.aliceTrader).getOrders(GetOrdersRequest.getDefaultInstance())
        .getOrdersList()).noneMatch(o -> o.getOrderId().equals(bobs));
    assertThat(orders(KEYS.admin).getOrder(GetOrderRequest.newBuilder().setOrderId(bobs).build())
        .getOrder().getUserId()).isEqualTo("bob");
  }

  @Test
  void aStreamCarriesOnlyTheKeysUserAndAnotherUsersStreamIsRefused() {
    orders(KEYS.bobTrader).createOrder(order("bob"));
    orders(KEYS.aliceTrader).createOrder(order("alice"));
    Iterator<OrderUpdate> stream = orders(KEYS.aliceReader)
        .streamOrderUpdates(StreamOrderUpdatesRequest.getDefaultInstance());
    assertThat(stream.next().getOrder().getUserId()).isEqualTo("alice");

    assertThatThrownBy(() -> orders(KEYS.aliceReader).streamOrderUpdates(
        StreamOrderUpdatesRequest.newBuilder().setUserId("bob").build()).hasNext())
        .isInstanceOfSatisfying(StatusRuntimeException.class, e ->
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
  }

  @Test
  void aPrincipalHoldsNoMoreStreamsThanItsQuota() {
    orders(KEYS.bobTrader).createOrder(order("bob"));
    StreamOrderUpdatesRequest all = StreamOrderUpdatesRequest.getDefaultInstance();
    Context.CancellableContext open = Context.current().withCancellation();
    try {
      open.run(() -> {
        assertThat(orders(KEYS.bobTrader).streamOrderUpdates(all).hasNext()).isTrue();
        assertThat(orders(KEYS.bobTrader).streamOrderUpdates(all).hasNext()).isTrue();
      });
      assertThatThrownBy(() -> orders(KEYS.bobTrader).streamOrderUpdates(all).hasNext())
          .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
            assertThat(e.getStatus().getDescription()).contains("bob-trader already has 2");
          });
    } finally {
      open.cancel(null);
    }
    Context.CancellableContext reopened = Context.current().withCancellation();
    try {
      await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> reopened.run(() ->
          assertThat(orders(KEYS.bobTrader).streamOrderUpdates(all).hasNext()).isTrue()));
    } finally {
      reopened.cancel(null);
    }
  }

  @Test
  void healthAndReflectionNeedNoKey() {
    assertThat(HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance())
        .getStatus().name()).isEqualTo("SERVING");
  }
}
