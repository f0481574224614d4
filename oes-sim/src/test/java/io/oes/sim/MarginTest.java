package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.sim.SimClient.Response;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Initial margin as Binance computes it, on a still market (BTC mark 95000) and a wallet of
 * 100000 USDT at the default leverage of 20: 2M of notional fits, 3M does not.
 */
class MarginTest {
  @RegisterExtension
  final StillSimulator sim = new StillSimulator();

  @Test
  void refusesARestingLimitThatNeedsMoreMarginThanAvailableWith2019() {
    Response refused = sim.client().placeOrder(limit("BTCUSDT", "BUY", "32", "94000"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo(-2019);
    assertThat(refused.body().get("msg").asText()).isEqualTo("Margin is insufficient.");
    assertThat(sim.client().signed("GET", "/fapi/v1/openOrders", params()).body()).isEmpty();
  }

  @Test
  void refusesAMarketOrderThatDoesNotFitAndTradesNothing() {
    Response refused = sim.client().placeOrder(params("symbol", "BTCUSDT", "side", "BUY",
        "type", "MARKET", "quantity", "31.5"));

    assertThat(refused.code()).isEqualTo(-2019);
    assertThat(sim.client().signed("GET", "/fapi/v1/userTrades", params("symbol", "BTCUSDT"))
        .body()).isEmpty();
  }

  @Test
  void holdsNotionalOverLeverageForARestingOrderAndLowersTheAvailableBalance() {
    sim.client().placeOrder(limit("BTCUSDT", "BUY", "1", "90000"));

    JsonNode account = sim.client().signed("GET", "/fapi/v3/account", params()).body();

    assertThat(decimal(account, "totalOpenOrderInitialMargin")).isEqualByComparingTo("4500");
    assertThat(decimal(account, "availableBalance")).isEqualByComparingTo("95500");
  }

  @Test
  void refusesAModifyWhoseNewTermsDoNotFitAndKeepsTheOrder() {
    sim.client().placeOrder(limit("BTCUSDT", "BUY", "1", "90000"));
    Map<String, String> order = params("symbol", "BTCUSDT", "orderId", "1", "side", "BUY",
        "price", "90000");

    order.put("quantity", "25");
    Response refused = sim.client().signed("PUT", "/fapi/v1/order", order);
    order.put("quantity", "2");
    Response grown = sim.client().signed("PUT", "/fapi/v1/order", order);

    assertThat(refused.code()).isEqualTo(-2019);
    assertThat(grown.body().get("origQty").asText()).isEqualTo("2.000");
  }

  @Test
  void fitsTheSameOrderOnceLeverageIsRaised() {
    sim.client().signedForm("POST", "/fapi/v1/leverage",
        params("symbol", "BTCUSDT", "leverage", "50"));

    Response placed = sim.client().placeOrder(limit("BTCUSDT", "BUY", "32", "94000"));

    assertThat(placed.status()).isEqualTo(200);
    assertThat(placed.body().get("status").asText()).isEqualTo("NEW");
  }

  @Test
  void needsNoMarginForAnOrderThatOnlyReducesThePosition() {
    sim.client().placeOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "MARKET",
        "quantity", "20"));
    // 20 BTC at 20x hold 95000 of the 100000 wallet; a sell of 20 only closes.
    Response closing = sim.client().placeOrder(limit("BTCUSDT", "SELL", "20", "99000"));
    Response opening = sim.client().placeOrder(limit("BTCUSDT", "BUY", "1", "90000"));

    assertThat(closing.status()).isEqualTo(200);
    assertThat(opening.code()).isEqualTo(-2019);
  }

  @Test
  void refusesAPositionBeyondTheLeveragesNotionalCapWith2027() {
    sim.client().signedForm("POST", "/fapi/v1/leverage",
        params("symbol", "BTCUSDT", "leverage", "125"));

    // 125x allows 50000 of notional; one BTC is 90000.
    Response refused = sim.client().placeOrder(limit("BTCUSDT", "BUY", "1", "90000"));

    assertThat(refused.code()).isEqualTo(-2027);
    assertThat(refused.body().get("msg").asText())
        .isEqualTo("Exceeded the maximum allowable position at current leverage.");
  }

  @Test
  void refusesALeverageWhoseCapTheHeldPositionExceedsWith2027() {
    sim.client().placeOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "MARKET",
        "quantity", "1"));

    Response refused = sim.client().signedForm("POST", "/fapi/v1/leverage",
        params("symbol", "BTCUSDT", "leverage", "125"));

    assertThat(refused.code()).isEqualTo(-2027);
    assertThat(sim.client().signed("GET", "/fapi/v2/positionRisk", params("symbol", "BTCUSDT"))
        .body().get(0).get("leverage").asText()).isEqualTo("20");
  }

  @Test
  void stillRefusesATooSmallOrderWith4164BeforeAnyMarginCheck() {
    Response refused = sim.client().placeOrder(limit("BTCUSDT", "BUY", "0.001", "90000"));

    assertThat(refused.code()).isEqualTo(-4164);
    assertThat(refused.body().get("msg").asText()).contains("100");
  }

  private static Map<String, String> limit(String symbol, String side,
      String quantity, String price) {
    return params("symbol", symbol, "side", side, "type", "LIMIT", "timeInForce", "GTC",
        "quantity", quantity, "price", price);
  }

  private static BigDecimal decimal(JsonNode node, String field) {
    return new BigDecimal(node.get(field).asText());
  }
}
