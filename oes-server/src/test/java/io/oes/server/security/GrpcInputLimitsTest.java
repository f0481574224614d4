package io.oes.server.security;

import static io.oes.server.security.SecuredServer.withBearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.oes.api.CreateOrderRequest;
import io.oes.api.GetOrderRequest;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderServiceGrpc.OrderServiceBlockingStub;
import io.oes.api.StreamOrderUpdatesRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Hostile text through a real port with {@link InputLimitsInterceptor} installed: refused with
 * INVALID_ARGUMENT and a short message, before the service sees it.
 */
class GrpcInputLimitsTest {

  private static final TestKeys KEYS = new TestKeys();
  private static SecuredServer server;
  private static ManagedChannel channel;

  @BeforeAll
  static void start() throws IOException {
    server = new SecuredServer(Authenticator.of(KEYS.settings(4)), null,
        List.of(new OwnedOrders(new StreamQuota(4))));
    channel = server.plaintextChannel();
  }

  @AfterAll
  static void stop() {
    channel.shutdownNow();
    server.close();
  }

  private static OrderServiceBlockingStub orders() {
    return withBearer(OrderServiceGrpc.newBlockingStub(channel), KEYS.admin);
  }

  private static CreateOrderRequest.Builder order() {
    return CreateOrderRequest.newBuilder().setSymbol("BTCUSDT").setUserId("alice");
  }

  private static void assertInvalid(Executable call, String message) {
    StatusRuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(
        StatusRuntimeException.class, call);
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(e.getStatus().getDescription()).isEqualTo(message).hasSizeLessThan(300);
  }

  @Test
  void aStringJustUnderTheMessageCapIsRefusedWithAShortMessage() {
    assertInvalid(() -> orders().createOrder(order().setSymbol("A".repeat(60_000)).build()),
        "validation failed: symbol of 60000 characters is too long (at most 256)");
    assertInvalid(() -> orders().getOrder(GetOrderRequest.newBuilder()
            .setOrderId("o".repeat(60_000)).build()),
        "validation failed: order_id of 60000 characters is too long (at most 256)");
  }

  @Test
  void aClientOrderIdOutsideBinancesCharsetIsRefused() {
    assertInvalid(() -> orders().createOrder(order().setClientOrderId("x".repeat(37)).build()),
        "validation failed: client_order_id " + "x".repeat(37)
            + " must be 1-36 characters of A-Z a-z 0-9 . : / _ -");
    assertInvalid(() -> orders().createOrder(order().setClientOrderId("ordre-été").build()),
        "validation failed: client_order_id ordre-?t? must be 1-36 characters of A-Z a-z 0-9 "
            + ". : / _ -");
    assertThat(orders().createOrder(order().setClientOrderId("alice.mm:1/a_b-C").build())
        .getOrderId()).isNotEmpty();
  }

  @Test
  void controlCharactersInAnyStringAreRefused() {
    assertInvalid(() -> orders().createOrder(order().setUserId("alice\nFAKE LOG LINE").build()),
        "validation failed: user_id alice?FAKE LOG LINE contains a control character");
  }

  @Test
  void aStreamForTooManySymbolsIsRefused() {
    StreamOrderUpdatesRequest request = StreamOrderUpdatesRequest.newBuilder()
        .addAllSymbols(Collections.nCopies(101, "BTCUSDT")).build();

    assertInvalid(() -> orders().streamOrderUpdates(request).hasNext(),
        "validation failed: symbols has 101 entries (at most 100)");
  }

  @Test
  void aCallerWithoutAKeyLearnsNothingAboutTheLimits() {
    assertThatThrownBy(() -> OrderServiceGrpc.newBlockingStub(channel)
        .createOrder(order().setSymbol("A".repeat(60_000)).build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e ->
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
  }
}
