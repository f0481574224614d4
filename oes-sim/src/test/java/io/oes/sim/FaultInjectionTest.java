package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.sim.SimClient.Response;
import io.oes.sim.fault.FaultInjector;
import io.oes.sim.fault.FaultPlan;
import java.math.BigDecimal;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault mode, switched on through the admin endpoint as an operator would. */
class FaultInjectionTest {
  private Simulator simulator;
  private SimClient client;

  @BeforeEach
  void start() {
    simulator = Simulator.start(SimulatorConfig.defaults()
        .withTickInterval(Duration.ofMillis(20))
        .withVolatilityPerTick(new BigDecimal("0.001")));
    client = SimClient.of(simulator);
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void addsTheConfiguredLatencyToEveryAnswer() {
    faults("{\"latencyMs\":300,\"jitterMs\":50}");

    long started = System.nanoTime();
    client.publicGet("/fapi/v1/ping", "");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(290));
  }

  @Test
  void answersServiceUnavailableWithoutExecutingAtAnErrorRateOfOne() {
    faults("{\"errorRate\":1.0}");

    Response failed = client.placeOrder(bid("unavailable-1"));
    clearFaults();

    assertThat(failed.status()).isEqualTo(503);
    assertThat(failed.body().get("msg").asText()).isEqualTo("Service Unavailable.");
    assertThat(queryByClientId("unavailable-1").code()).isEqualTo(-2013);
  }

  @Test
  void executesTheOrderButAnswersUnknownError503() {
    faults("{\"executedButUnavailableRate\":1.0}");

    Response answer = client.placeOrder(bid("unknown-1"));
    clearFaults();

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.body().get("msg").asText())
        .isEqualTo("Unknown error, please check your request or try again later.");
    assertThat(queryByClientId("unknown-1").body().get("status").asText()).isEqualTo("NEW");
  }

  @Test
  void executesTheOrderButNeverAnswers() {
    faults("{\"executedButNoResponseRate\":1.0}");

    assertThatThrownBy(() -> client.placeOrderWithin(bid("silent-1"), Duration.ofSeconds(1)))
        .isInstanceOf(HttpTimeoutException.class);
    clearFaults();

    assertThat(queryByClientId("silent-1").body().get("status").asText()).isEqualTo("NEW");
  }

  @Test
  void leavesQueriesAnsweredWhenOnlyOrderEntryFaultsAreOn() {
    faults("{\"executedButUnavailableRate\":1.0}");

    assertThat(client.publicGet("/fapi/v1/time", "").status()).isEqualTo(200);
  }

  @Test
  void cutsEveryUserStreamOnRequest() throws Exception {
    String key = client.raw("POST", "/fapi/v1/listenKey", "", "").body().get("listenKey")
        .asText();
    try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl() + "/ws/" + key)) {
      UserDataStreamTest.awaitConnected(stream);

      Response dropped = client.admin("POST", "/admin/streams/drop", "");

      assertThat(dropped.body().get("dropped").asInt()).isEqualTo(1);
      assertThat(stream.ended().get(3, TimeUnit.SECONDS)).isIn("closed 1006", "error");
    }
  }

  @Test
  void cutsUserStreamsEveryInterval() throws Exception {
    String key = client.raw("POST", "/fapi/v1/listenKey", "", "").body().get("listenKey")
        .asText();
    faults("{\"streamDropIntervalMs\":300}");
    try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl() + "/ws/" + key)) {
      assertThat(stream.ended().get(3, TimeUnit.SECONDS)).isIn("closed 1006", "error");
    }
  }

  @Test
  void freezesTheMarket() throws InterruptedException {
    faults("{\"marketFrozen\":true}");
    String before = markPrice();

    Thread.sleep(300);

    assertThat(markPrice()).isEqualTo(before);
    assertThat(client.admin("GET", "/admin/faults", "").body().get("marketFrozen").asBoolean())
        .isTrue();
  }

  @Test
  void refusesTheAdminEndpointWithoutAnApiKey() {
    Response refused = client.withCredentials(null, null).admin("GET", "/admin/faults", "");

    assertThat(refused.status()).isEqualTo(401);
  }

  @Test
  void drawsTheSameFaultsFromTheSameSeed() {
    FaultPlan plan = FaultPlan.none().withErrorRate(0.5);
    FaultInjector first = new FaultInjector(plan, 7);
    FaultInjector second = new FaultInjector(plan, 7);

    var firstDraws = IntStream.range(0, 50).mapToObj(i -> first.nextFailsBeforeExecution())
        .toList();
    var secondDraws = IntStream.range(0, 50).mapToObj(i -> second.nextFailsBeforeExecution())
        .toList();

    assertThat(firstDraws).isEqualTo(secondDraws).contains(true, false);
  }

  private void faults(String json) {
    assertThat(client.admin("POST", "/admin/faults", json).status()).isEqualTo(200);
  }

  private void clearFaults() {
    client.admin("DELETE", "/admin/faults", "");
  }

  private String markPrice() {
    return client.publicGet("/fapi/v1/premiumIndex", "symbol=BTCUSDT").body().get("markPrice")
        .asText();
  }

  private Response queryByClientId(String clientOrderId) {
    return client.signed("GET", "/fapi/v1/order",
        params("symbol", "BTCUSDT", "origClientOrderId", clientOrderId));
  }

  private static Map<String, String> bid(String clientOrderId) {
    return params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT", "timeInForce", "GTC",
        "quantity", "0.010", "price", "91000", "newClientOrderId", clientOrderId);
  }
}
