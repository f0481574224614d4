package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.sim.SimClient.Response;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tickers and the batch endpoints, sent the way ccxt sends them. */
class MarketAndBatchEndpointsTest {
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

  @Test
  void servesTheBestBidAndAskAsBookTicker() {
    JsonNode ticker = client.publicGet("/fapi/v1/ticker/bookTicker", "symbol=BTCUSDT").body();

    assertThat(ticker.get("bidPrice").asText()).isEqualTo("94999.90");
    assertThat(ticker.get("askPrice").asText()).isEqualTo("95000.10");
    assertThat(ticker.get("bidQty").asText()).isEqualTo("0.500");
    assertThat(ticker.get("time").isNumber()).isTrue();
  }

  @Test
  void listsEverySymbolInBookTickerWithoutASymbol() {
    JsonNode tickers = client.publicGet("/fapi/v1/ticker/bookTicker", "").body();

    assertThat(tickers.findValuesAsText("symbol"))
        .containsExactlyInAnyOrder("BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT");
  }

  @Test
  void servesTheDayStatisticsAsTicker24hr() {
    JsonNode ticker = client.publicGet("/fapi/v1/ticker/24hr", "symbol=ETHUSDT").body();

    assertThat(ticker.get("lastPrice").asText()).isEqualTo("3500.00");
    assertThat(ticker.get("openPrice").asText()).isEqualTo("3500.00");
    assertThat(ticker.get("priceChangePercent").asText()).isEqualTo("0.000");
    assertThat(ticker.get("openTime").isNumber()).isTrue();
    assertThat(ticker.get("closeTime").isNumber()).isTrue();
  }

  @Test
  void placesABatchSentAsRawJsonAndAnswersEachEntryInOrder() {
    String batch = "[{\"symbol\":\"BNBUSDT\",\"side\":\"BUY\",\"type\":\"LIMIT\","
        + "\"timeInForce\":\"GTC\",\"quantity\":\"0.10\",\"price\":\"600\","
        + "\"newClientOrderId\":\"batch-1\"},"
        + "{\"symbol\":\"BNBUSDT\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\","
        + "\"quantity\":\"0.10\",\"price\":\"600.0001\"}]";
    String body = "timestamp=" + System.currentTimeMillis() + "&batchOrders=" + batch;

    Response answer = client.raw("POST", "/fapi/v1/batchOrders", "",
        body + "&signature=" + client.sign(body));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().get(0).get("clientOrderId").asText()).isEqualTo("batch-1");
    assertThat(answer.body().get(1).get("code").asInt()).isEqualTo(-1111);
  }

  @Test
  void answersEachEntryOnItsOwnWhateverIsWrongWithTheOthers() {
    String batch = "[{\"symbol\":\"BNBUSDT\",\"side\":\"BUY\",\"type\":\"LIMIT\","
        + "\"timeInForce\":\"GTC\",\"quantity\":\"0.10\",\"price\":\"600\"},"
        + "{\"symbol\":\"BNBUSDT\",\"side\":\"BUY\",\"type\":\"LIMIT\","
        + "\"timeInForce\":\"GTC\",\"price\":\"600\"},"
        + "{\"symbol\":\"NOPEUSDT\",\"side\":\"BUY\",\"type\":\"LIMIT\","
        + "\"timeInForce\":\"GTC\",\"quantity\":\"0.10\",\"price\":\"600\"},"
        + "{\"symbol\":\"BNBUSDT\",\"side\":\"BUY\",\"type\":\"LIMIT\","
        + "\"timeInForce\":\"GTC\",\"quantity\":\"0.10\",\"price\":\"600\","
        + "\"newClientOrderId\":\"batch-each-4\"}]";
    String body = "timestamp=" + System.currentTimeMillis() + "&batchOrders="
        + java.net.URLEncoder.encode(batch, java.nio.charset.StandardCharsets.UTF_8);

    Response answer = client.raw("POST", "/fapi/v1/batchOrders", "",
        body + "&signature=" + client.sign(body));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).hasSize(4);
    assertThat(answer.body().get(0).get("status").asText()).isEqualTo("NEW");
    assertThat(answer.body().get(1).get("code").asInt()).isEqualTo(-1102);
    assertThat(answer.body().get(1).get("msg").asText()).contains("quantity");
    assertThat(answer.body().get(2).get("code").asInt()).isEqualTo(-1121);
    assertThat(answer.body().get(3).get("clientOrderId").asText()).isEqualTo("batch-each-4");
  }

  @Test
  void refusesAWholeBatchOfMoreThanFiveEntries() {
    String entry = "{\"symbol\":\"BNBUSDT\",\"side\":\"BUY\",\"type\":\"LIMIT\","
        + "\"timeInForce\":\"GTC\",\"quantity\":\"0.10\",\"price\":\"600\"}";
    String body = "timestamp=" + System.currentTimeMillis() + "&batchOrders=["
        + String.join(",", java.util.Collections.nCopies(6, entry)) + "]";

    Response answer = client.raw("POST", "/fapi/v1/batchOrders", "",
        body + "&signature=" + client.sign(body));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().get("code").asInt()).isEqualTo(-4082);
  }

  @Test
  void cancelsABatchNamedByTheLowerCaseOrderIdList() {
    long first = bid("batch-cancel-1");
    long second = bid("batch-cancel-2");
    String query = "symbol=BNBUSDT&timestamp=" + System.currentTimeMillis()
        + "&orderidlist=%5B" + first + "%2C" + second + "%2C999999%5D";

    Response answer = client.raw("DELETE", "/fapi/v1/batchOrders",
        query + "&signature=" + client.sign(query), "");

    assertThat(answer.body().get(0).get("status").asText()).isEqualTo("CANCELED");
    assertThat(answer.body().get(1).get("status").asText()).isEqualTo("CANCELED");
    assertThat(answer.body().get(2).get("code").asInt()).isEqualTo(-2011);
  }

  @Test
  void cancelsAllOpenOrdersOfASymbol() {
    bid("all-open-1");

    JsonNode answer = client.signed("DELETE", "/fapi/v1/allOpenOrders",
        params("symbol", "BNBUSDT")).body();

    assertThat(answer.get("code").asInt()).isEqualTo(200);
    assertThat(answer.get("msg").asText())
        .isEqualTo("The operation of cancel all open order is done.");
    assertThat(client.signed("GET", "/fapi/v1/openOrders", params("symbol", "BNBUSDT"))
        .body().size()).isZero();
  }

  private static long bid(String clientOrderId) {
    return client.placeOrder(params("symbol", "BNBUSDT", "side", "BUY", "type", "LIMIT",
        "timeInForce", "GTC", "quantity", "0.10", "price", "600",
        "newClientOrderId", clientOrderId)).body().get("orderId").asLong();
  }
}
