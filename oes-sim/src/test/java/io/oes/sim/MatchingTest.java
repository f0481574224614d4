package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.sim.SimClient.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Matching against the synthetic ladder of a still market: BTCUSDT mid 95000.00, asks at 95000.10
 * (0.5), 95000.20 (0.75), 95000.30 (1.0)..., bids mirrored. The ladder refills every 50 ms.
 */
class MatchingTest {
  private static Simulator simulator;
  private static SimClient client;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(SimulatorConfig.defaults()
        .withVolatilityPerTick(BigDecimal.ZERO)
        .withTickInterval(Duration.ofMillis(50)));
    client = SimClient.of(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @BeforeEach
  void awaitAFullLadder() {
    await().atMost(Duration.ofSeconds(2)).until(() -> {
      JsonNode depth = client.publicGet("/fapi/v1/depth", "symbol=BTCUSDT&limit=5").body();
      return depth.get("asks").get(0).get(1).asText().equals("0.500")
          && depth.get("bids").get(0).get(1).asText().equals("0.500");
    });
  }

  @Test
  void fillsASmallMarketBuyAtTheBestAsk() {
    JsonNode order = place("BUY", "MARKET", null, "0.010", null, "RESULT").body();

    assertThat(order.get("status").asText()).isEqualTo("FILLED");
    assertThat(order.get("executedQty").asText()).isEqualTo("0.010");
    assertThat(order.get("cumQty").asText()).isEqualTo("0.010");
    assertThat(order.get("avgPrice").asText()).isEqualTo("95000.10");
    assertThat(order.get("cumQuote").asText()).isEqualTo("950.001");
    assertThat(order.get("price").asText()).isEqualTo("0");
  }

  @Test
  void fillsASmallMarketSellAtTheBestBid() {
    JsonNode order = place("SELL", "MARKET", null, "0.010", null, "RESULT").body();

    assertThat(order.get("status").asText()).isEqualTo("FILLED");
    assertThat(order.get("avgPrice").asText()).isEqualTo("94999.90");
  }

  @Test
  void acknowledgesAMarketOrderAsNewAndShowsTheFillOnQuery() {
    JsonNode ack = place("BUY", "MARKET", null, "0.010", null, null).body();
    assertThat(ack.get("status").asText()).isEqualTo("NEW");
    assertThat(ack.get("executedQty").asText()).isEqualTo("0.000");

    JsonNode queried = client.signed("GET", "/fapi/v1/order",
        params("symbol", "BTCUSDT", "orderId", ack.get("orderId").asText())).body();
    assertThat(queried.get("status").asText()).isEqualTo("FILLED");
  }

  @Test
  void walksSeveralLevelsWithABigMarketOrderAtTheVolumeWeightedAverage() {
    JsonNode order = place("BUY", "MARKET", null, "2.000", null, "RESULT").body();

    // 0.5 @ 95000.1 + 0.75 @ 95000.2 + 0.75 @ 95000.3 = 2.0 @ 95000.2125
    BigDecimal avgPrice = new BigDecimal(order.get("avgPrice").asText());
    assertThat(avgPrice).isEqualByComparingTo("95000.2125");
    assertThat(avgPrice).isStrictlyBetween(new BigDecimal("95000.1"), new BigDecimal("95000.3"));
    assertThat(order.get("executedQty").asText()).isEqualTo("2.000");
  }

  @Test
  void restsTheRemainderOfACrossingGtcLimitAsPartiallyFilled() {
    JsonNode order = place("BUY", "LIMIT", "GTC", "2.000", "95000.20", "RESULT").body();

    assertThat(order.get("status").asText()).isEqualTo("PARTIALLY_FILLED");
    assertThat(order.get("executedQty").asText()).isEqualTo("1.250");
    assertThat(order.get("price").asText()).isEqualTo("95000.20");
  }

  @Test
  void expiresTheRemainderOfAnIocOrderAfterAPartialFill() {
    JsonNode order = place("BUY", "LIMIT", "IOC", "2.000", "95000.20", "RESULT").body();

    assertThat(order.get("status").asText()).isEqualTo("EXPIRED");
    assertThat(order.get("executedQty").asText()).isEqualTo("1.250");
    assertThat(order.get("timeInForce").asText()).isEqualTo("IOC");
  }

  @Test
  void rejectsAPostOnlyOrderThatWouldTakeAndDoesNotRecordIt() {
    Response response = place("BUY", "LIMIT", "GTX", "0.010", "95000.10", "RESULT",
        "gtx-taker");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.code()).isEqualTo(-5022);
    assertThat(client.signed("GET", "/fapi/v1/order",
        params("symbol", "BTCUSDT", "origClientOrderId", "gtx-taker")).code()).isEqualTo(-2013);
  }

  @Test
  void restsAPostOnlyOrderThatDoesNotCross() {
    JsonNode order = place("BUY", "LIMIT", "GTX", "0.010", "94999.90", "RESULT").body();

    assertThat(order.get("status").asText()).isEqualTo("NEW");
    client.signed("DELETE", "/fapi/v1/order",
        params("symbol", "BTCUSDT", "orderId", order.get("orderId").asText()));
  }

  @Test
  void rejectsAFillOrKillOrderTheLadderCannotFillCompletely() {
    Response response = place("BUY", "LIMIT", "FOK", "2.000", "95000.20", "RESULT");

    assertThat(response.code()).isEqualTo(-5021);
  }

  @Test
  void fillsAFillOrKillOrderTheLadderCanFill() {
    JsonNode order = place("SELL", "LIMIT", "FOK", "1.000", "94999.80", "RESULT").body();

    assertThat(order.get("status").asText()).isEqualTo("FILLED");
    assertThat(new BigDecimal(order.get("avgPrice").asText())).isEqualByComparingTo("94999.85");
  }

  private static Response place(String side, String type, String timeInForce, String quantity,
      String price, String responseType) {
    return place(side, type, timeInForce, quantity, price, responseType, null);
  }

  private static Response place(String side, String type, String timeInForce, String quantity,
      String price, String responseType, String clientOrderId) {
    var params = params("symbol", "BTCUSDT", "side", side, "type", type, "quantity", quantity);
    putIfPresent(params, "timeInForce", timeInForce);
    putIfPresent(params, "price", price);
    putIfPresent(params, "newOrderRespType", responseType);
    putIfPresent(params, "newClientOrderId", clientOrderId);
    return client.placeOrder(params);
  }

  private static void putIfPresent(Map<String, String> params, String name,
      String value) {
    if (value != null) {
      params.put(name, value);
    }
  }
}
