package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.sim.SimClient.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hedge mode: a LONG and a SHORT position per symbol, each moved by its own orders. */
class HedgeModeTest {
  @RegisterExtension
  final StillSimulator sim = new StillSimulator();

  @BeforeEach
  void startInHedgeMode() {
    Response switched = sim.client().signedForm("POST", "/fapi/v1/positionSide/dual",
        params("dualSidePosition", "true"));
    assertThat(switched.body().get("code").asInt()).isEqualTo(200);
  }

  @Test
  void reportsHedgeModeOnceSwitched() {
    JsonNode mode = sim.client().signed("GET", "/fapi/v1/positionSide/dual", params()).body();

    assertThat(mode.get("dualSidePosition").asBoolean()).isTrue();
  }

  @Test
  void holdsALongAndAShortOnOneSymbolAndReportsEachInPositionRisk() {
    Response longBuy = sim.client().placeOrder(market("BUY", "LONG", "1"));
    sim.client().placeOrder(market("SELL", "SHORT", "2"));

    JsonNode positions = sim.client().signed("GET", "/fapi/v3/positionRisk", params()).body();

    assertThat(longBuy.body().get("positionSide").asText()).isEqualTo("LONG");
    assertThat(positions).hasSize(2);
    assertThat(amountOf(positions, "LONG")).isEqualTo("1");
    assertThat(amountOf(positions, "SHORT")).isEqualTo("-2");
  }

  @Test
  void fillsAClosingOrderOnlyUpToItsSidesPosition() {
    sim.client().placeOrder(market("BUY", "LONG", "1"));
    sim.client().placeOrder(market("SELL", "SHORT", "2"));

    JsonNode closed = sim.client().placeOrder(withResult(market("SELL", "LONG", "3"))).body();
    JsonNode positions = sim.client().signed("GET", "/fapi/v3/positionRisk", params()).body();

    assertThat(closed.get("executedQty").asText()).isEqualTo("1");
    assertThat(closed.get("status").asText()).isEqualTo("EXPIRED");
    assertThat(amountOf(positions, "SHORT")).isEqualTo("-2");
    assertThat(positions.findValuesAsText("positionSide")).containsExactly("SHORT");
  }

  @Test
  void namesTheSideInTheUserDataStreamsOrderAndAccountUpdates() {
    String key = sim.client().raw("POST", "/fapi/v1/listenKey", "", "").body().get("listenKey")
        .asText();
    try (StreamClient stream = StreamClient.connect(sim.simulator().webSocketUrl()
        + "/private/ws?listenKey=" + key)) {
      UserDataStreamTest.awaitConnected(stream);
      sim.client().placeOrder(market("SELL", "SHORT", "1"));

      JsonNode order = stream.next("ORDER_TRADE_UPDATE");
      JsonNode account = stream.next("ACCOUNT_UPDATE");

      assertThat(order.get("o").get("ps").asText()).isEqualTo("SHORT");
      assertThat(account.get("a").get("P").get(0).get("ps").asText()).isEqualTo("SHORT");
      assertThat(account.get("a").get("P").get(0).get("pa").asText()).isEqualTo("-1");
    }
  }

  @Test
  void refusesAClosingOrderWithNoPositionOnItsSideWith2022() {
    Response refused = sim.client().placeOrder(market("BUY", "SHORT", "1"));

    assertThat(refused.code()).isEqualTo(-2022);
  }

  @Test
  void refusesAnOrderWithoutALongOrShortSideWith4061() {
    Response missing = sim.client().placeOrder(params("symbol", "SOLUSDT", "side", "BUY",
        "type", "MARKET", "quantity", "1"));
    Response both = sim.client().placeOrder(market("BUY", "BOTH", "1"));

    assertThat(missing.code()).isEqualTo(-4061);
    assertThat(both.code()).isEqualTo(-4061);
  }

  @Test
  void refusesReduceOnlyInHedgeModeWith1106() {
    Map<String, String> order = market("SELL", "LONG", "1");
    order.put("reduceOnly", "true");

    Response refused = sim.client().placeOrder(order);

    assertThat(refused.code()).isEqualTo(-1106);
    assertThat(refused.body().get("msg").asText()).contains("reduceOnly");
  }

  @Test
  void refusesToLeaveHedgeModeWithAPositionOrAnOpenOrder() {
    sim.client().placeOrder(params("symbol", "SOLUSDT", "side", "BUY", "positionSide", "LONG",
        "type", "LIMIT", "timeInForce", "GTC", "quantity", "1", "price", "170"));
    Response withOrder = sim.client().signedForm("POST", "/fapi/v1/positionSide/dual",
        params("dualSidePosition", "false"));
    sim.client().signed("DELETE", "/fapi/v1/allOpenOrders", params("symbol", "SOLUSDT"));
    sim.client().placeOrder(market("BUY", "LONG", "1"));
    Response withPosition = sim.client().signedForm("POST", "/fapi/v1/positionSide/dual",
        params("dualSidePosition", "false"));

    assertThat(withOrder.code()).isEqualTo(-4067);
    assertThat(withPosition.code()).isEqualTo(-4068);
  }

  @Test
  void leavesHedgeModeOnceFlat() {
    Response back = sim.client().signedForm("POST", "/fapi/v1/positionSide/dual",
        params("dualSidePosition", "false"));
    Response oneWay = sim.client().placeOrder(params("symbol", "SOLUSDT", "side", "BUY",
        "type", "MARKET", "quantity", "1"));

    assertThat(back.body().get("msg").asText()).isEqualTo("success");
    assertThat(oneWay.body().get("positionSide").asText()).isEqualTo("BOTH");
  }

  private static Map<String, String> market(String side, String positionSide, String quantity) {
    return params("symbol", "SOLUSDT", "side", side, "positionSide", positionSide,
        "type", "MARKET", "quantity", quantity);
  }

  private static Map<String, String> withResult(Map<String, String> order) {
    order.put("newOrderRespType", "RESULT");
    return order;
  }

  private static String amountOf(JsonNode positions, String positionSide) {
    for (JsonNode position : positions) {
      if (position.get("positionSide").asText().equals(positionSide)) {
        return position.get("positionAmt").asText();
      }
    }
    return "none";
  }
}
