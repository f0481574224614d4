package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.sim.SimClient.Response;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Account, position and settings endpoints after one fill: a long of 1 SOL bought at the best
 * ask of a still market (180.0100).
 */
class AccountEndpointsTest {
  private static Simulator simulator;
  private static SimClient client;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(SimulatorConfig.defaults().withTickInterval(Duration.ZERO));
    client = SimClient.of(simulator);
    client.placeOrder(params("symbol", "SOLUSDT", "side", "BUY", "type", "MARKET",
        "quantity", "1"));
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void reportsTheWalletAfterTheTakerFeeInAccountV3() {
    JsonNode account = client.signed("GET", "/fapi/v3/account", params()).body();

    JsonNode usdt = account.get("assets").get(0);
    assertThat(usdt.get("asset").asText()).isEqualTo("USDT");
    // 100000 − 180.01 × 0.0005
    assertThat(new BigDecimal(usdt.get("walletBalance").asText()))
        .isEqualByComparingTo("99999.909995");
    assertThat(usdt.get("updateTime").asLong()).isPositive();
    assertThat(account.get("availableBalance").isTextual()).isTrue();
    assertThat(account.get("positions").findValuesAsText("symbol")).containsExactly("SOLUSDT");
  }

  @Test
  void listsEverySymbolWithLeverageInAccountV2() {
    JsonNode account = client.signed("GET", "/fapi/v2/account", params()).body();

    assertThat(account.get("canTrade").asBoolean()).isTrue();
    assertThat(account.get("positions").size()).isEqualTo(4);
    assertThat(account.get("assets").get(0).get("marginAvailable").asBoolean()).isTrue();
  }

  @Test
  void reportsThePositionWithEntryAndMarkInPositionRiskV3() {
    JsonNode positions = client.signed("GET", "/fapi/v3/positionRisk", params()).body();

    assertThat(positions.size()).isEqualTo(1);
    JsonNode sol = positions.get(0);
    assertThat(sol.get("positionAmt").asText()).isEqualTo("1");
    assertThat(new BigDecimal(sol.get("entryPrice").asText())).isEqualByComparingTo("180.01");
    assertThat(new BigDecimal(sol.get("markPrice").asText())).isEqualByComparingTo("180.00");
    assertThat(sol.get("positionSide").asText()).isEqualTo("BOTH");
  }

  @Test
  void addsLeverageAndMarginTypeInPositionRiskV2() {
    JsonNode sol = client.signed("GET", "/fapi/v2/positionRisk", params("symbol", "SOLUSDT"))
        .body().get(0);

    assertThat(sol.get("leverage").asText()).isEqualTo("20");
    assertThat(sol.get("marginType").asText()).isEqualTo("cross");
    assertThat(sol.get("maxNotionalValue").asText()).isEqualTo("100000000");
  }

  @Test
  void listsTheFillInUserTradesAndTheOrderInAllOrders() {
    JsonNode trades = client.signed("GET", "/fapi/v1/userTrades", params("symbol", "SOLUSDT"))
        .body();
    JsonNode orders = client.signed("GET", "/fapi/v1/allOrders", params("symbol", "SOLUSDT"))
        .body();

    assertThat(trades.get(0).get("buyer").asBoolean()).isTrue();
    assertThat(trades.get(0).get("commissionAsset").asText()).isEqualTo("USDT");
    assertThat(orders.get(0).get("status").asText()).isEqualTo("FILLED");
  }

  @Test
  void changesLeverageAndRefusesAnOutOfRangeOneWith4028() {
    JsonNode changed = client.signedForm("POST", "/fapi/v1/leverage",
        params("symbol", "BTCUSDT", "leverage", "50")).body();
    Response refused = client.signedForm("POST", "/fapi/v1/leverage",
        params("symbol", "BTCUSDT", "leverage", "126"));

    assertThat(changed.get("leverage").asInt()).isEqualTo(50);
    assertThat(changed.get("maxNotionalValue").asText()).isEqualTo("12000000");
    assertThat(refused.code()).isEqualTo(-4028);
  }

  @Test
  void refusesAnUnchangedMarginTypeWith4046() {
    Response refused = client.signedForm("POST", "/fapi/v1/marginType",
        params("symbol", "ETHUSDT", "marginType", "CROSSED"));

    assertThat(refused.code()).isEqualTo(-4046);
  }

  @Test
  void reportsOneWayPositionMode() {
    JsonNode mode = client.signed("GET", "/fapi/v1/positionSide/dual", params()).body();

    assertThat(mode.get("dualSidePosition").asBoolean()).isFalse();
    assertThat(client.signedForm("POST", "/fapi/v1/positionSide/dual",
        params("dualSidePosition", "false")).code()).isEqualTo(-4059);
  }

  @Test
  void listsLeverageBracketsPerSymbol() {
    JsonNode brackets = client.signed("GET", "/fapi/v1/leverageBracket",
        params("symbol", "BTCUSDT")).body();

    JsonNode first = brackets.get(0).get("brackets").get(0);
    assertThat(brackets.get(0).get("symbol").asText()).isEqualTo("BTCUSDT");
    assertThat(first.get("initialLeverage").asInt()).isEqualTo(125);
    assertThat(first.get("maintMarginRatio").isNumber()).isTrue();
  }

  @Test
  void servesAnEmptyCoinListForClientsThatLoadCurrencies() {
    Response coins = client.signed("GET", "/sapi/v1/capital/config/getall", params());

    assertThat(coins.body().isArray()).isTrue();
    assertThat(coins.body().size()).isZero();
  }
}
