package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.sim.SimClient.Response;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conditional orders on the Algo Order API, triggered by moves of the mark price made through
 * the simulator's operator hook. The market does not move on its own here.
 */
class ConditionalOrderTest {
  private static Simulator simulator;
  private static SimClient client;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(SimulatorConfig.defaults().withTickInterval(Duration.ZERO));
    client = SimClient.of(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @BeforeEach
  void resetTheMark() {
    simulator.moveMarkPrice("ETHUSDT", new BigDecimal("3500.00"));
  }

  @Test
  void releasesAStopMarketBuyWhenTheMarkRisesToItsTrigger() {
    JsonNode algo = algo("BUY", "STOP_MARKET", "3550.00", null, "stop-buy-1").body();
    assertThat(algo.get("algoStatus").asText()).isEqualTo("NEW");
    assertThat(algo.get("triggerPrice").asText()).isEqualTo("3550");

    simulator.moveMarkPrice("ETHUSDT", new BigDecimal("3551.00"));

    JsonNode after = client.signed("GET", "/fapi/v1/algoOrder",
        params("symbol", "ETHUSDT", "algoId", algo.get("algoId").asText())).body();
    assertThat(after.get("algoStatus").asText()).isEqualTo("FINISHED");
    JsonNode released = client.signed("GET", "/fapi/v1/order", params("symbol", "ETHUSDT",
        "orderId", after.get("actualOrderId").asText())).body();
    assertThat(released.get("status").asText()).isEqualTo("FILLED");
    assertThat(released.get("origType").asText()).isEqualTo("STOP_MARKET");
    assertThat(released.get("stopPrice").asText()).isEqualTo("3550");
  }

  @Test
  void restsTheLimitOrderOfATakeProfitOnceTriggered() {
    JsonNode algo = algo("BUY", "TAKE_PROFIT", "3450.00", "3300.00", "tp-buy-1").body();

    simulator.moveMarkPrice("ETHUSDT", new BigDecimal("3449.00"));

    JsonNode after = client.signed("GET", "/fapi/v1/algoOrder",
        params("symbol", "ETHUSDT", "clientAlgoId", "tp-buy-1")).body();
    assertThat(after.get("algoStatus").asText()).isEqualTo("TRIGGERED");
    assertThat(client.signed("GET", "/fapi/v1/openOrders", params("symbol", "ETHUSDT")).body()
        .findValuesAsText("clientOrderId")).contains("tp-buy-1");
    client.signed("DELETE", "/fapi/v1/allOpenOrders", params("symbol", "ETHUSDT"));
    assertThat(algo.get("algoId").asLong()).isPositive();
  }

  @Test
  void refusesAStopThatWouldTriggerImmediatelyWith2021() {
    Response refused = algo("SELL", "STOP_MARKET", "3600.00", null, "stop-now-1");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo(-2021);
  }

  @Test
  void refusesAConditionalTypeOnTheOrderEndpointWith4120() {
    Response refused = client.placeOrder(params("symbol", "ETHUSDT", "side", "BUY",
        "type", "STOP_MARKET", "quantity", "0.010", "stopPrice", "3600"));

    assertThat(refused.code()).isEqualTo(-4120);
  }

  @Test
  void cancelsAWaitingConditionalOrderAndListsItNoLongerAsOpen() {
    JsonNode algo = algo("SELL", "STOP_MARKET", "3400.00", null, "stop-cancel-1").body();

    Response canceled = client.signed("DELETE", "/fapi/v1/algoOrder",
        params("symbol", "ETHUSDT", "algoId", algo.get("algoId").asText()));

    assertThat(canceled.body().get("code").asText()).isEqualTo("200");
    assertThat(client.signed("GET", "/fapi/v1/openAlgoOrders", params("symbol", "ETHUSDT"))
        .body().findValuesAsText("clientAlgoId")).doesNotContain("stop-cancel-1");
    assertThat(client.signed("GET", "/fapi/v1/allAlgoOrders", params("symbol", "ETHUSDT"))
        .body().findValuesAsText("algoStatus")).contains("CANCELED");
  }

  private static Response algo(String side, String type, String trigger, String price,
      String clientAlgoId) {
    var params = params("algoType", "CONDITIONAL", "symbol", "ETHUSDT", "side", side,
        "type", type, "quantity", "0.010", "triggerPrice", trigger, "clientAlgoId",
        clientAlgoId);
    if (price != null) {
      params.put("price", price);
      params.put("timeInForce", "GTC");
    }
    return client.signed("POST", "/fapi/v1/algoOrder", params);
  }
}
