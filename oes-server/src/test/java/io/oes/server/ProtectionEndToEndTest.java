package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.oes.api.AdminServiceGrpc;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.GetTradingStatusRequest;
import io.oes.api.HaltRequest;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.api.ReduceRequest;
import io.oes.api.ResumeRequest;
import io.oes.api.TradingStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Risk limits, the kill switch and the protection metrics, through the real ports. */
class ProtectionEndToEndTest {
  private static RunningGateway running;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    running = RunningGateway.start(Map.of(), """
        risk:
          max_order_value: 1000
          users:
            vip: {max_order_value: 5000}
        """);
  }

  @AfterAll
  static void stop() throws Exception {
    running.close();
  }

  private static void assertRefused(StatusRuntimeException e, Status.Code code, String text) {
    assertThat(e.getStatus().getCode()).isEqualTo(code);
    assertThat(e.getStatus().getDescription()).contains(text);
  }

  @Test
  void anOrderJustBelowTheMaxOrderValuePassesAndOneStepAboveIsRefusedNamingTheLimit() {
    // 60000 × 0.016 = 960 ≤ 1000; 60000 × 0.017 = 1020 > 1000
    assertThat(running.orders().createOrder(RunningGateway.restingBuy("trader")
        .setQuantity(0.016).build()).getState()).isEqualTo(OrderState.SUBMITTED);
    assertThatThrownBy(() -> running.orders().createOrder(RunningGateway.restingBuy("trader")
        .setQuantity(0.017).build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertRefused(e,
            Status.Code.FAILED_PRECONDITION, "risk limit max_order_value"));
  }

  @Test
  void aPerUserOverrideRaisesTheLimitForThatUserOnly() {
    assertThat(running.orders().createOrder(RunningGateway.restingBuy("vip")
        .setQuantity(0.05).build()).getState()).isEqualTo(OrderState.SUBMITTED);
  }

  @Test
  void theKillSwitchBlocksNewOrdersButNeverCancels() {
    String resting = running.orders().createOrder(RunningGateway.restingBuy("halted-user")
        .setQuantity(0.01).build()).getOrderId();
    var admin = AdminServiceGrpc.newBlockingStub(running.channel);
    TradingStatus halted = admin.halt(HaltRequest.newBuilder().setReason("market incident")
        .build());
    assertThat(halted.getHalted()).isTrue();
    try {
      assertThatThrownBy(() -> running.orders().createOrder(
          RunningGateway.restingBuy("halted-user").setQuantity(0.01).build()))
          .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertRefused(e,
              Status.Code.FAILED_PRECONDITION, "trading halted: market incident"));
      assertThat(running.orders().cancelOrder(CancelOrderRequest.newBuilder()
          .setOrderId(resting).build()).getState()).isEqualTo(OrderState.CANCELED);
    } finally {
      admin.resume(ResumeRequest.getDefaultInstance());
    }
    assertThat(admin.getTradingStatus(GetTradingStatusRequest.getDefaultInstance()).getHalted())
        .isFalse();
    assertThat(running.orders().createOrder(RunningGateway.restingBuy("halted-user")
        .setQuantity(0.01).build()).getState()).isEqualTo(OrderState.SUBMITTED);
  }

  @Test
  void inReducingModeOnlyReduceOnlyOrdersPassAndHealthShowsTheMode() throws Exception {
    CreateOrderRequest.Builder market = CreateOrderRequest.newBuilder().setUserId("reducer")
        .setSymbol("BTCUSDT").setType(OrderType.MARKET).setQuantity(0.002);
    assertThat(running.orders().createOrder(market.clone().setSide(OrderSide.BUY).build())
        .getState()).isEqualTo(OrderState.FILLED);
    var admin = AdminServiceGrpc.newBlockingStub(running.channel);
    TradingStatus reducing = admin.reduce(ReduceRequest.newBuilder().setReason("winding down")
        .build());
    assertThat(reducing.getMode()).isEqualTo("REDUCING");
    assertThat(reducing.getHalted()).isFalse();
    try {
      assertThatThrownBy(() -> running.orders().createOrder(
          RunningGateway.restingBuy("reducer").setQuantity(0.01).build()))
          .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertRefused(e,
              Status.Code.FAILED_PRECONDITION, "trading is reducing (winding down): "
                  + "reduce_only false is refused"));
      assertThat(running.orders().createOrder(market.clone().setSide(OrderSide.SELL)
          .setReduceOnly(true).build()).getState()).isEqualTo(OrderState.FILLED);
      assertThat(get("/health").body()).contains("\"trading\"").contains("\"REDUCING\"");
    } finally {
      assertThat(admin.resume(ResumeRequest.getDefaultInstance()).getMode()).isEqualTo("ACTIVE");
    }
    assertThat(get("/health").body()).contains("\"ACTIVE\"");
  }

  @Test
  void theKillSwitchAnswersOverHttpToo() throws Exception {
    HttpResponse<String> halted = post("/admin/halt?reason=drill");
    assertThat(halted.statusCode()).isEqualTo(200);
    assertThat(halted.body()).contains("\"halted\":true").contains("drill");
    try {
      assertThatThrownBy(() -> running.orders().createOrder(
          RunningGateway.restingBuy("http-user").setQuantity(0.01).build()))
          .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertRefused(e,
              Status.Code.FAILED_PRECONDITION, "trading halted: drill"));
    } finally {
      assertThat(post("/admin/resume").body()).contains("\"halted\":false");
    }
    assertThat(post("/admin/halt").statusCode()).isEqualTo(400);

    HttpResponse<String> reducing = post("/admin/reduce?reason=drill");
    assertThat(reducing.body()).contains("\"mode\":\"REDUCING\"").contains("drill");
    assertThat(post("/admin/resume").body()).contains("\"mode\":\"ACTIVE\"");
    assertThat(post("/admin/reduce").statusCode()).isEqualTo(400);
  }

  @Test
  void metricsShowExchangeLatencyCircuitStateAndRateLimitUse() throws Exception {
    running.orders().createOrder(RunningGateway.restingBuy("metered").setQuantity(0.01).build());
    String metrics = running.metrics();
    assertThat(metrics)
        .contains("order_execution_exchange_request_latency_seconds_count{account=\"main\","
            + "endpoint=\"POST /fapi/v1/order\"")
        .contains("order_execution_order_submit_latency_seconds_count")
        .contains("order_execution_circuit_state{account=\"main\"} 0.0")
        .contains("order_execution_ratelimit_usage{account=\"main\",limit=\"orders_10s\"}")
        .contains("order_execution_orders_open{state=\"SUBMITTED\"}");
  }

  @Test
  void everyKnownRejectReasonAndExchangeErrorCodeIsPublishedBeforeItHappens() throws Exception {
    String metrics = running.metrics();

    for (String reason : OrderEventCounter.knownReasonCodes()) {
      assertThat(metrics).contains("order_execution_orders_rejected_total{reason=\"" + reason
          + "\"}");
    }
    assertThat(metrics)
        .contains("order_execution_orders_rejected_total{reason=\"venue-2019\"}")
        .contains("order_execution_exchange_errors_total{account=\"main\",code=\"unknown\","
            + "endpoint=\"POST /fapi/v1/order\"}")
        .contains("order_execution_exchange_errors_total{account=\"main\",code=\"429\","
            + "endpoint=\"POST /fapi/v1/order\"}")
        .contains("order_execution_exchange_errors_total{account=\"main\",code=\"418\","
            + "endpoint=\"POST /fapi/v1/order\"}")
        .contains("order_execution_exchange_errors_total{account=\"main\",code=\"not_found\","
            + "endpoint=\"DELETE /fapi/v1/order\"}")
        .contains("order_execution_exchange_errors_total{account=\"main\",code=\"exception\","
            + "endpoint=\"GET /fapi/v3/positionRisk\"}");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + running.gateway.httpPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
            + running.gateway.httpPort() + path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
