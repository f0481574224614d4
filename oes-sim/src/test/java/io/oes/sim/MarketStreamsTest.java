package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every market stream kind from a moving market, received over real WebSockets on every
 * documented path, with Binance's event types and keys.
 */
class MarketStreamsTest {
  /** Each stream with its event type and the keys its payload must carry. */
  private static final Map<String, List<String>> STREAMS = new LinkedHashMap<>();

  static {
    STREAMS.put("btcusdt@markPrice@1s", List.of("markPriceUpdate", "E", "s", "p", "i", "P",
        "r", "T"));
    STREAMS.put("ethusdt@markPrice", List.of("markPriceUpdate", "E", "s", "p", "i", "P", "r",
        "T"));
    STREAMS.put("btcusdt@bookTicker", List.of("bookTicker", "u", "E", "T", "s", "b", "B", "a",
        "A"));
    STREAMS.put("btcusdt@aggTrade", List.of("aggTrade", "E", "s", "a", "p", "q", "f", "l", "T",
        "m"));
    STREAMS.put("btcusdt@depth5", List.of("depthUpdate", "E", "T", "s", "U", "u", "pu", "b",
        "a"));
    STREAMS.put("btcusdt@depth10@100ms", List.of("depthUpdate", "U", "u", "pu", "b", "a"));
    STREAMS.put("btcusdt@depth20@500ms", List.of("depthUpdate", "U", "u", "pu", "b", "a"));
    STREAMS.put("btcusdt@depth", List.of("depthUpdate", "E", "T", "s", "U", "u", "pu", "b",
        "a"));
    STREAMS.put("btcusdt@depth@100ms", List.of("depthUpdate", "U", "u", "pu", "b", "a"));
    STREAMS.put("btcusdt@depth@500ms", List.of("depthUpdate", "U", "u", "pu", "b", "a"));
    STREAMS.put("btcusdt@trade", List.of("trade", "E", "T", "s", "t", "p", "q", "X", "m"));
    STREAMS.put("btcusdt@kline_1m", List.of("kline", "E", "s", "k"));
    STREAMS.put("btcusdt_perpetual@continuousKline_1m", List.of("continuous_kline", "E", "ps",
        "ct", "k"));
    STREAMS.put("btcusdt@ticker", List.of("24hrTicker", "E", "s", "p", "P", "w", "c", "Q",
        "o", "h", "l", "v", "q", "O", "C", "F", "L", "n"));
    STREAMS.put("btcusdt@miniTicker", List.of("24hrMiniTicker", "E", "s", "c", "o", "h", "l",
        "v", "q"));
    STREAMS.put("!bookTicker", List.of("bookTicker", "u", "s", "b", "B", "a", "A"));
  }

  private static final List<String> ARRAY_STREAMS = List.of("!markPrice@arr",
      "!markPrice@arr@1s", "!ticker@arr", "!miniTicker@arr");
  private static final List<String> KLINE_FIELDS = List.of("t", "T", "s", "i", "f", "L", "o",
      "c", "h", "l", "v", "n", "x", "q", "V", "Q", "B");

  private static Simulator simulator;
  private static SimClient client;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(SimulatorConfig.defaults()
        .withTickInterval(Duration.ofMillis(50))
        .withVolatilityPerTick(new BigDecimal("0.0001")));
    client = SimClient.of(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void everyStreamKindArrivesWrappedOnEveryCombinedPath() {
    List<String> names = new ArrayList<>(STREAMS.keySet());
    names.addAll(ARRAY_STREAMS);
    for (String prefix : List.of("", "/market", "/public")) {
      try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl() + prefix
          + "/stream?streams=" + String.join("/", names))) {
        UserDataStreamTest.awaitConnected(stream);
        buyAtMarket();
        Map<String, JsonNode> firstByStream = new LinkedHashMap<>();
        while (firstByStream.size() < names.size()) {
          JsonNode frame = stream.next();
          firstByStream.putIfAbsent(frame.get("stream").asText(), frame.get("data"));
        }
        names.forEach(name -> assertPayload(name, firstByStream.get(name)));
      }
    }
  }

  @Test
  void everyStreamKindArrivesBareOnEveryRawPath() {
    List<String> prefixes = List.of("", "/market", "/public");
    List<String> names = new ArrayList<>(STREAMS.keySet());
    names.addAll(ARRAY_STREAMS);
    Map<String, StreamClient> clients = new LinkedHashMap<>();
    try {
      for (int i = 0; i < names.size(); i++) {
        String url = simulator.webSocketUrl() + prefixes.get(i % prefixes.size()) + "/ws/"
            + names.get(i);
        clients.put(names.get(i), StreamClient.connect(url));
      }
      UserDataStreamTest.awaitConnected(clients.values().iterator().next());
      buyAtMarket();
      clients.forEach((name, stream) -> assertPayload(name, stream.next()));
    } finally {
      clients.values().forEach(StreamClient::close);
    }
  }

  @Test
  void aggTradeReportsTheSimulatorsOwnTradeWithItsPriceQuantityAndTakerSide() {
    try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl()
        + "/market/ws/ethusdt@aggTrade")) {
      UserDataStreamTest.awaitConnected(stream);
      JsonNode order = client.placeOrder(params("symbol", "ETHUSDT", "side", "SELL",
          "type", "MARKET", "quantity", "0.123", "newOrderRespType", "RESULT")).body();

      JsonNode trade = stream.next();

      assertThat(trade.get("s").asText()).isEqualTo("ETHUSDT");
      assertThat(new BigDecimal(trade.get("q").asText())).isEqualByComparingTo("0.123");
      assertThat(new BigDecimal(trade.get("p").asText()))
          .isEqualByComparingTo(order.get("avgPrice").asText());
      assertThat(trade.get("m").asBoolean()).as("a selling taker leaves the buyer as maker")
          .isTrue();
    }
  }

  @Test
  void partialDepthCarriesTheRequestedNumberOfLevelsBestFirst() {
    try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl()
        + "/public/ws/solusdt@depth10@100ms")) {
      JsonNode depth = stream.next();

      assertThat(depth.get("b")).hasSize(10);
      assertThat(depth.get("a")).hasSize(10);
      assertThat(new BigDecimal(depth.get("b").get(0).get(0).asText()))
          .isGreaterThan(new BigDecimal(depth.get("b").get(1).get(0).asText()))
          .isLessThan(new BigDecimal(depth.get("a").get(0).get(0).asText()));
    }
  }

  private static void assertPayload(String name, JsonNode event) {
    if (ARRAY_STREAMS.contains(name)) {
      assertThat(event.isArray()).as(name).isTrue();
      assertThat(event).as(name).hasSize(4);
      assertThat(event.get(0).get("e").asText()).as(name)
          .isEqualTo(name.startsWith("!markPrice") ? "markPriceUpdate"
              : name.startsWith("!ticker") ? "24hrTicker" : "24hrMiniTicker");
      return;
    }
    List<String> expected = STREAMS.get(name);
    assertThat(event.path("e").asText()).as(name).isEqualTo(expected.getFirst());
    assertThat(event.fieldNames()).toIterable().as(name)
        .containsAll(expected.subList(1, expected.size()));
    if (!name.startsWith("!") && !name.contains("continuous")) {
      assertThat(event.get("s").asText()).as(name).isEqualTo(name.split("@")[0].toUpperCase());
    }
    if (name.contains("kline")) {
      assertThat(event.get("k").fieldNames()).toIterable().containsAll(KLINE_FIELDS);
      assertThat(event.get("k").get("i").asText()).isEqualTo("1m");
    }
  }

  private static void buyAtMarket() {
    client.placeOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "MARKET",
        "quantity", "0.010"));
  }
}
