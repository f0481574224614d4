package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.sim.SimClient.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Users' orders trade with each other: price-time priority, user orders ahead of the synthetic
 * quantity at one price, self-trade prevention, reduce-only and fees. The BTCUSDT mid stays at
 * 95000.00, the ladder's best levels are 94999.90 and 95000.10 and refill every 50 ms.
 */
class UserOrderMatchingTest {
  private static Simulator simulator;
  private static SimClient alice;
  private static SimClient bob;
  private static SimClient carol;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(SimulatorConfig.defaults()
        .plusAccount("bob-key", "bob-secret")
        .plusAccount("carol-key", "carol-secret")
        .withVolatilityPerTick(BigDecimal.ZERO)
        .withTickInterval(Duration.ofMillis(50)));
    alice = SimClient.of(simulator);
    bob = alice.withCredentials("bob-key", "bob-secret");
    carol = alice.withCredentials("carol-key", "carol-secret");
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @BeforeEach
  void awaitAFullLadder() {
    await().atMost(Duration.ofSeconds(2)).until(() -> {
      JsonNode depth = alice.publicGet("/fapi/v1/depth", "symbol=BTCUSDT&limit=5").body();
      return depth.get("asks").get(0).get(1).asText().equals("0.500");
    });
  }

  @AfterEach
  void cancelEverything() {
    for (SimClient client : List.of(alice, bob, carol)) {
      client.signed("DELETE", "/fapi/v1/allOpenOrders", params("symbol", "BTCUSDT"));
    }
  }

  @Test
  void showsARestingUserOrderInTheDepth() {
    limit(alice, "SELL", "0.010", "95000.00", "GTC");

    JsonNode depth = alice.publicGet("/fapi/v1/depth", "symbol=BTCUSDT&limit=5").body();

    assertThat(depth.get("asks").get(0).get(0).asText()).isEqualTo("95000.00");
    assertThat(depth.get("asks").get(0).get(1).asText()).isEqualTo("0.010");
    assertThat(depth.get("asks").get(1).get(0).asText()).isEqualTo("95000.10");
  }

  @Test
  void fillsATakerAgainstAnotherAccountsRestingOrderWithMakerAndTakerFees() {
    JsonNode resting = limit(alice, "SELL", "0.010", "95000.00", "GTC").body();

    JsonNode taker = market(bob, "BUY", "0.010").body();

    assertThat(taker.get("status").asText()).isEqualTo("FILLED");
    assertThat(taker.get("avgPrice").asText()).isEqualTo("95000.00");
    JsonNode maker = query(alice, resting.get("orderId").asText());
    assertThat(maker.get("status").asText()).isEqualTo("FILLED");
    JsonNode makerTrade = lastTrade(alice);
    JsonNode takerTrade = lastTrade(bob);
    assertThat(makerTrade.get("maker").asBoolean()).isTrue();
    assertThat(takerTrade.get("maker").asBoolean()).isFalse();
    assertThat(new BigDecimal(makerTrade.get("commission").asText())).isEqualByComparingTo("0.19");
    assertThat(new BigDecimal(takerTrade.get("commission").asText())).isEqualByComparingTo("0.475");
  }

  @Test
  void fillsTheOlderOfTwoOrdersAtOnePriceFirst() {
    JsonNode first = limit(alice, "SELL", "0.010", "95000.00", "GTC").body();
    JsonNode second = limit(bob, "SELL", "0.010", "95000.00", "GTC").body();

    market(carol, "BUY", "0.010");

    assertThat(query(alice, first.get("orderId").asText()).get("status").asText())
        .isEqualTo("FILLED");
    assertThat(query(bob, second.get("orderId").asText()).get("status").asText())
        .isEqualTo("NEW");
  }

  @Test
  void fillsAUserOrderBeforeTheSyntheticQuantityAtTheSamePrice() {
    JsonNode resting = limit(alice, "SELL", "0.010", "95000.10", "GTC").body();

    market(bob, "BUY", "0.010");

    assertThat(query(alice, resting.get("orderId").asText()).get("status").asText())
        .isEqualTo("FILLED");
  }

  @Test
  void walksFromAUserOrderIntoTheLadderAcrossLevels() {
    limit(alice, "SELL", "0.100", "95000.00", "GTC");

    JsonNode taker = limit(bob, "BUY", "1.000", "95000.20", "IOC").body();

    // 0.1 @ 95000.00 (alice) + 0.5 @ 95000.10 + 0.4 @ 95000.20
    assertThat(taker.get("status").asText()).isEqualTo("FILLED");
    assertThat(new BigDecimal(taker.get("cumQuote").asText())).isEqualByComparingTo("95000.13");
  }

  @Test
  void expiresTheOwnRestingOrderWhenATakerWouldTradeWithIt() {
    JsonNode resting = limit(carol, "SELL", "0.010", "95000.00", "GTC").body();

    JsonNode taker = market(carol, "BUY", "0.010").body();

    assertThat(query(carol, resting.get("orderId").asText()).get("status").asText())
        .isEqualTo("EXPIRED_IN_MATCH");
    assertThat(taker.get("status").asText()).isEqualTo("FILLED");
    assertThat(taker.get("avgPrice").asText()).isEqualTo("95000.10");
  }

  @Test
  void refusesAReduceOnlyOrderThatWouldOpenAPosition() {
    Response refused = bob.placeOrder(params("symbol", "ETHUSDT", "side", "SELL",
        "type", "MARKET", "quantity", "0.010", "reduceOnly", "true"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo(-2022);
  }

  @Test
  void fillsAReduceOnlyOrderNoFurtherThanThePosition() {
    alice.placeOrder(params("symbol", "SOLUSDT", "side", "BUY", "type", "MARKET",
        "quantity", "3"));

    JsonNode closing = alice.placeOrder(params("symbol", "SOLUSDT", "side", "SELL",
        "type", "MARKET", "quantity", "10", "reduceOnly", "true",
        "newOrderRespType", "RESULT")).body();

    assertThat(closing.get("executedQty").asText()).isEqualTo("3");
    assertThat(closing.get("status").asText()).isEqualTo("EXPIRED");
  }

  @Test
  void modifiesAnOrderWhichThenLosesItsPlaceInTheQueue() {
    JsonNode first = limit(alice, "SELL", "0.010", "95000.00", "GTC").body();
    limit(bob, "SELL", "0.010", "95000.00", "GTC");

    Response amended = alice.signed("PUT", "/fapi/v1/order", params("symbol", "BTCUSDT",
        "orderId", first.get("orderId").asText(), "side", "SELL", "quantity", "0.020",
        "price", "95000.00"));
    market(carol, "BUY", "0.010");

    assertThat(amended.status()).isEqualTo(200);
    assertThat(amended.body().get("origQty").asText()).isEqualTo("0.020");
    assertThat(query(alice, first.get("orderId").asText()).get("status").asText())
        .isEqualTo("NEW");
  }

  @Test
  void refusesAModifyThatChangesNothingWith5027() {
    JsonNode order = limit(alice, "BUY", "0.010", "94000.00", "GTC").body();

    Response refused = alice.signed("PUT", "/fapi/v1/order", params("symbol", "BTCUSDT",
        "orderId", order.get("orderId").asText(), "side", "BUY", "quantity", "0.010",
        "price", "94000.00"));

    assertThat(refused.code()).isEqualTo(-5027);
  }

  private static Response limit(SimClient client, String side, String quantity, String price,
      String timeInForce) {
    Response response = client.placeOrder(params("symbol", "BTCUSDT", "side", side,
        "type", "LIMIT", "timeInForce", timeInForce, "quantity", quantity, "price", price,
        "newOrderRespType", "RESULT"));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    return response;
  }

  private static Response market(SimClient client, String side, String quantity) {
    return client.placeOrder(params("symbol", "BTCUSDT", "side", side, "type", "MARKET",
        "quantity", quantity, "newOrderRespType", "RESULT"));
  }

  private static JsonNode query(SimClient client, String orderId) {
    return client.signed("GET", "/fapi/v1/order", params("symbol", "BTCUSDT",
        "orderId", orderId)).body();
  }

  private static JsonNode lastTrade(SimClient client) {
    JsonNode trades = client.signed("GET", "/fapi/v1/userTrades",
        params("symbol", "BTCUSDT")).body();
    return trades.get(trades.size() - 1);
  }
}
