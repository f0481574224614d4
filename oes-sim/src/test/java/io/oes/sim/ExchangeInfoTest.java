package io.oes.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExchangeInfoTest {
  private static Simulator simulator;
  private static SimClient client;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(SimulatorConfig.defaults());
    client = SimClient.of(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void answersPingWithAnEmptyObjectAndTimeWithTheServerClock() {
    assertThat(client.publicGet("/fapi/v1/ping", "").body().isEmpty()).isTrue();
    long serverTime = client.publicGet("/fapi/v1/time", "").body().get("serverTime").asLong();
    assertThat(serverTime).isCloseTo(System.currentTimeMillis(), within(5000L));
  }

  @Test
  void listsTheLiveRateLimits() {
    JsonNode limits = exchangeInfo().get("rateLimits");

    assertThat(limits).hasSize(3);
    assertThat(limits.get(0).get("rateLimitType").asText()).isEqualTo("REQUEST_WEIGHT");
    assertThat(limits.get(0).get("limit").asInt()).isEqualTo(2400);
    assertThat(limits.get(2).get("interval").asText()).isEqualTo("SECOND");
    assertThat(limits.get(2).get("intervalNum").asInt()).isEqualTo(10);
  }

  @Test
  void describesBtcusdtWithTheLiveFilterShapes() {
    JsonNode btc = symbol("BTCUSDT");
    Map<String, JsonNode> filters = filters(btc);

    assertThat(btc.get("contractType").asText()).isEqualTo("PERPETUAL");
    assertThat(btc.get("status").asText()).isEqualTo("TRADING");
    assertThat(btc.get("deliveryDate").asLong()).isEqualTo(4133404800000L);
    assertThat(btc.get("marginAsset").asText()).isEqualTo("USDT");
    assertThat(btc.get("pricePrecision").asInt()).isEqualTo(2);
    assertThat(btc.get("quantityPrecision").asInt()).isEqualTo(3);
    assertThat(filters.get("PRICE_FILTER").get("tickSize").asText()).isEqualTo("0.10");
    assertThat(filters.get("LOT_SIZE").get("stepSize").asText()).isEqualTo("0.001");
    assertThat(filters.get("LOT_SIZE").get("minQty").asText()).isEqualTo("0.001");
    assertThat(filters.get("LOT_SIZE").get("maxQty").asText()).isEqualTo("1000");
    assertThat(filters.get("MARKET_LOT_SIZE").get("maxQty").asText()).isEqualTo("120");
    assertThat(filters.get("MIN_NOTIONAL").get("notional").asText()).isEqualTo("100");
    assertThat(filters.get("MAX_NUM_ORDERS").get("limit").asInt()).isEqualTo(200);
    assertThat(filters.get("MAX_NUM_ALGO_ORDERS").get("limit").asInt()).isEqualTo(10);
    assertThat(filters.get("PERCENT_PRICE").get("multiplierUp").asText()).isEqualTo("1.0500");
    assertThat(filters.get("PERCENT_PRICE").get("multiplierDecimal").asText()).isEqualTo("4");
    assertThat(btc.get("orderTypes")).extracting(JsonNode::asText).contains("LIMIT", "MARKET");
    assertThat(btc.get("timeInForce")).extracting(JsonNode::asText)
        .contains("GTC", "IOC", "FOK", "GTX");
  }

  @Test
  void describesTheOtherDefaultSymbols() {
    assertThat(filters(symbol("ETHUSDT")).get("PRICE_FILTER").get("tickSize").asText())
        .isEqualTo("0.01");
    assertThat(filters(symbol("ETHUSDT")).get("MIN_NOTIONAL").get("notional").asText())
        .isEqualTo("20");
    assertThat(filters(symbol("BNBUSDT")).get("LOT_SIZE").get("stepSize").asText())
        .isEqualTo("0.01");
    assertThat(filters(symbol("SOLUSDT")).get("MIN_NOTIONAL").get("notional").asText())
        .isEqualTo("5");
  }

  @Test
  void servesADepthLadderAroundTheMarkPrice() {
    JsonNode depth = client.publicGet("/fapi/v1/depth", "symbol=BTCUSDT&limit=5").body();
    JsonNode mark = client.publicGet("/fapi/v1/premiumIndex", "symbol=BTCUSDT").body();

    assertThat(depth.get("bids")).hasSize(5);
    assertThat(depth.get("asks")).hasSize(5);
    BigDecimal bestBid = new BigDecimal(depth.get("bids").get(0).get(0).asText());
    BigDecimal bestAsk = new BigDecimal(depth.get("asks").get(0).get(0).asText());
    assertThat(bestBid).isLessThan(bestAsk);
    assertThat(new BigDecimal(mark.get("markPrice").asText()))
        .isBetween(new BigDecimal("85000"), new BigDecimal("105000"));
    assertThat(mark.get("nextFundingTime").asLong()).isGreaterThan(mark.get("time").asLong());
  }

  @Test
  void movesTheMarkPriceAsTimePasses() {
    String first = markPrice();

    await().atMost(Duration.ofSeconds(5)).until(() -> !markPrice().equals(first));
  }

  @Test
  void refusesDepthOfAnUnknownSymbol() {
    SimClient.Response response = client.publicGet("/fapi/v1/depth", "symbol=DOGEBTC");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.code()).isEqualTo(-1121);
  }

  private static String markPrice() {
    return client.publicGet("/fapi/v1/premiumIndex", "symbol=ETHUSDT").body().get("markPrice")
        .asText();
  }

  private static JsonNode exchangeInfo() {
    return client.publicGet("/fapi/v1/exchangeInfo", "").body();
  }

  private static JsonNode symbol(String name) {
    for (JsonNode symbol : exchangeInfo().get("symbols")) {
      if (symbol.get("symbol").asText().equals(name)) {
        return symbol;
      }
    }
    throw new AssertionError("no symbol " + name);
  }

  private static Map<String, JsonNode> filters(JsonNode symbol) {
    Map<String, JsonNode> byType = new HashMap<>();
    symbol.get("filters").forEach(filter -> byType.put(filter.get("filterType").asText(), filter));
    return byType;
  }
}
