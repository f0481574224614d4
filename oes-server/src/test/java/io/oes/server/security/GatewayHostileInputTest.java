package io.oes.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.oes.api.AmendOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.GetOrdersRequest;
import io.oes.api.OrderState;
import io.oes.api.StreamOrderUpdatesRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import java.util.stream.Stream;

/**
 * Hostile requests against a real gateway: each is refused with a clear status, the gateway
 * stays healthy and keeps trading, and a flood of them cannot flood the log.
 */
class GatewayHostileInputTest {

  private static final String CREATE_ORDER = "order.OrderService/CreateOrder";
  private static InProcessGateway running;

  @BeforeAll
  static void start() {
    running = InProcessGateway.start();
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static CreateOrderRequest.Builder order() {
    return InProcessGateway.restingBuy("hostile");
  }

  static Stream<Arguments> invalidOrders() {
    return Stream.of(
        Arguments.of(order().setQuantity(Double.NaN), "quantity NaN is not a finite number"),
        Arguments.of(order().setPrice(Double.POSITIVE_INFINITY),
            "price Infinity is not a finite number"),
        Arguments.of(order().setStopPrice(Double.NEGATIVE_INFINITY),
            "stop_price -Infinity is not a finite number"),
        Arguments.of(order().setQuantity(-1), "quantity -1 must be positive"),
        Arguments.of(order().setPrice(-60000), "price -60000 must be positive"),
        Arguments.of(order().setQuantity(1e300), "above maximum"),
        Arguments.of(order().setPrice(1e300), "above maximum"),
        Arguments.of(order().setQuantity(Double.MIN_VALUE), "below minimum"),
        Arguments.of(order().setPrice(60000.05), "is not a multiple of tick size 0.1"),
        Arguments.of(order().setSideValue(7), "side 7 is not a known OrderSide"),
        Arguments.of(order().setTypeValue(-1), "type -1 is not a known OrderType"),
        Arguments.of(order().setTimeInForceValue(99), "time_in_force 99 is not a known"),
        Arguments.of(order().setSymbol("BTCUSDT€"), "symbol BTCUSDT€ is not listed"),
        Arguments.of(order().setSymbol("ＢＴＣＵＳＤＴ"), "is not listed by the exchange"),
        Arguments.of(order().setSymbol("btcusdt"), "symbol btcusdt is not listed"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidOrders")
  void anInvalidOrderIsRefusedNamingTheFieldAndTheRule(CreateOrderRequest.Builder request,
      String message) {
    assertStatus(() -> running.orders().createOrder(request.build()), Status.Code.INVALID_ARGUMENT,
        message);
  }

  @Test
  void aMessageOverTheSixtyFourKibCapIsRefusedAndTheGatewayStaysHealthy() throws Exception {
    assertStatus(() -> running.orders().createOrder(order().setSymbol("A".repeat(1 << 20))
        .build()), Status.Code.RESOURCE_EXHAUSTED, "exceeds maximum size 65536");

    assertThat(running.get("/health").statusCode()).isEqualTo(200);
    assertThat(running.orders().createOrder(order().build()).getState())
        .isEqualTo(OrderState.SUBMITTED);
  }

  static Stream<Arguments> undecodableRequests() {
    return Stream.of(
        // field 1 (symbol) announces 16 bytes and carries 1
        Arguments.of(new byte[] {0x0A, 0x10, 'B'}, "input ended unexpectedly"),
        // field 1 (symbol) holds 0xC3 0x28, which is not UTF-8
        Arguments.of(new byte[] {0x0A, 0x02, (byte) 0xC3, 0x28}, "invalid UTF-8"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("undecodableRequests")
  void undecodableRequestBytesAreAnInvalidArgumentAndTheGatewayKeepsTrading(byte[] body,
      String reason) {
    assertStatus(() -> RawRequests.call(running.channel, CREATE_ORDER, body),
        Status.Code.INVALID_ARGUMENT,
        "validation failed: the request body is not a valid order.CreateOrderRequest");
    assertStatus(() -> RawRequests.call(running.channel, CREATE_ORDER, body),
        Status.Code.INVALID_ARGUMENT, reason);

    assertThat(running.orders().createOrder(order().build()).getState())
        .isEqualTo(OrderState.SUBMITTED);
  }

  @Test
  void oversizedAndUndecodableRequestsWriteNoStackTraceAndAtMostALineASecondEach() {
    long startNanos = System.nanoTime();
    try (CapturedOutput output = new CapturedOutput()) {
      for (int i = 0; i < 10; i++) {
        assertThrows(StatusRuntimeException.class,
            () -> RawRequests.call(running.channel, CREATE_ORDER, new byte[100_000]));
        assertThrows(StatusRuntimeException.class, () -> RawRequests.call(running.channel,
            CREATE_ORDER, new byte[] {0x0A, 0x02, (byte) 0xC3, 0x28}));
      }
      long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L + 1;

      assertThat(output.text()).doesNotContain("\tat ").doesNotContain("Exception while");
      // two kinds of line (a refused call, a gRPC transport record), each at most once a second
      assertThat(output.eventCount()).isLessThanOrEqualTo((int) (2 * seconds));
    }
  }

  @Test
  void nonFiniteOrNegativeAmendsAreRefused() {
    String orderId = running.orders().createOrder(order().build()).getOrderId();
    for (double value : new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -0.5}) {
      assertStatus(() -> running.orders().amendOrder(AmendOrderRequest.newBuilder()
          .setOrderId(orderId).setPrice(value).build()), Status.Code.INVALID_ARGUMENT,
          "price " + value);
      assertStatus(() -> running.orders().amendOrder(AmendOrderRequest.newBuilder()
          .setOrderId(orderId).setQuantity(value).build()), Status.Code.INVALID_ARGUMENT,
          "quantity " + value);
    }
  }

  @Test
  void unknownEnumNumbersAndNegativeLimitsInQueriesAreRefused() {
    assertStatus(() -> running.orders().getOrders(GetOrdersRequest.newBuilder()
        .setStateValue(99).build()), Status.Code.INVALID_ARGUMENT, "state 99 is not a known");
    assertStatus(() -> running.orders().getOrders(GetOrdersRequest.newBuilder()
        .setLimit(-1).build()), Status.Code.INVALID_ARGUMENT, "limit -1 must not be negative");
    assertStatus(() -> running.orders().getOrders(GetOrdersRequest.newBuilder()
        .setPageToken("!!!").build()), Status.Code.INVALID_ARGUMENT, "page_token");
    assertStatus(() -> running.orders().streamOrderUpdates(StreamOrderUpdatesRequest.newBuilder()
        .setFromSequence(-5).build()).hasNext(), Status.Code.INVALID_ARGUMENT,
        "from_sequence -5 must not be negative");
  }

  private static void assertStatus(Executable call, Status.Code code, String message) {
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call);
    assertThat(e.getStatus().getCode()).isEqualTo(code);
    assertThat(e.getStatus().getDescription()).contains(message);
  }
}
