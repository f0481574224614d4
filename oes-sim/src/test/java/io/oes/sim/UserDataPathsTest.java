package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * User data on every documented way in: the legacy and new paths, raw and combined, and a listen
 * key subscribed on an open connection; and the {@code events=} filter.
 */
class UserDataPathsTest {
  private static Simulator simulator;
  private static SimClient client;
  private static int orders;

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

  @Test
  void aFillArrivesBareOnTheLegacyPath() {
    String key = listenKey();
    assertFillArrives("/ws/" + key, Function.identity());
  }

  @Test
  void aFillArrivesBareOnThePrivatePath() {
    assertFillArrives("/private/ws?listenKey=" + listenKey(), Function.identity());
  }

  @Test
  void aFillArrivesWrappedInTheKeysStreamOnTheLegacyCombinedPath() {
    String key = listenKey();
    assertFillArrives("/stream?streams=" + key, frame -> unwrapped(frame, key));
  }

  @Test
  void aFillArrivesWrappedInTheKeysStreamOnThePrivateCombinedPath() {
    String key = listenKey();
    assertFillArrives("/private/stream?listenKey=" + key, frame -> unwrapped(frame, key));
  }

  @Test
  void aFillArrivesAfterSubscribingTheKeyOnAPrivateConnection() {
    String key = listenKey();
    try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl() + "/private/ws")) {
      JsonNode answer = stream.request("{\"method\":\"SUBSCRIBE\",\"params\":[\"" + key
          + "\"],\"id\":1}", 1);

      assertThat(answer.get("result").isNull()).isTrue();
      assertFillEvents(stream, Function.identity());
    }
  }

  @Test
  void aFillArrivesBesideMarketStreamsAfterSubscribingTheKeyOnACombinedConnection() {
    String key = listenKey();
    try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl()
        + "/stream?streams=btcusdt@markPrice@1s")) {
      stream.request("{\"method\":\"SUBSCRIBE\",\"params\":[\"" + key + "\"],\"id\":2}", 2);

      assertFillEvents(stream, frame -> frame.path("stream").asText().equals(key)
          ? frame.get("data") : frame);
    }
  }

  @Test
  void theEventsFilterDeliversOnlyTheNamedEventTypes() {
    String key = listenKey();
    try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl()
        + "/private/ws?listenKey=" + key + "&events=ORDER_TRADE_UPDATE,ACCOUNT_UPDATE")) {
      UserDataStreamTest.awaitConnected(stream);
      String filled = buyAtMarket();
      String sentinel = restAndCancelFarBid();

      List<JsonNode> events = new ArrayList<>();
      JsonNode event;
      do {
        event = stream.next();
        events.add(event);
      } while (!event.path("o").path("c").asText().equals(sentinel)
          || !event.path("o").path("x").asText().equals("CANCELED"));

      assertThat(events).extracting(received -> received.get("e").asText())
          .containsOnly("ORDER_TRADE_UPDATE", "ACCOUNT_UPDATE").contains("ACCOUNT_UPDATE");
      assertThat(events).anySatisfy(received -> {
        assertThat(received.path("o").path("c").asText()).isEqualTo(filled);
        assertThat(received.path("o").path("x").asText()).isEqualTo("TRADE");
      });
    }
  }

  private static void assertFillArrives(String path, Function<JsonNode, JsonNode> unwrap) {
    try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl() + path)) {
      assertFillEvents(stream, unwrap);
    }
  }

  /** A market buy yields TRADE_LITE, ORDER_TRADE_UPDATE (TRADE, FILLED) and ACCOUNT_UPDATE. */
  private static void assertFillEvents(StreamClient stream, Function<JsonNode, JsonNode> unwrap) {
    UserDataStreamTest.awaitConnected(stream);
    String clientOrderId = buyAtMarket();

    JsonNode lite = unwrap.apply(stream.nextMatching(frame -> isTradeLiteOf(unwrap.apply(frame),
        clientOrderId)));
    JsonNode trade = unwrap.apply(stream.nextMatching(frame -> unwrap.apply(frame)
        .path("e").asText().equals("ORDER_TRADE_UPDATE")));
    JsonNode account = unwrap.apply(stream.nextMatching(frame -> unwrap.apply(frame)
        .path("e").asText().equals("ACCOUNT_UPDATE")));

    assertThat(lite.get("c").asText()).isEqualTo(clientOrderId);
    assertThat(trade.get("o").get("c").asText()).isEqualTo(clientOrderId);
    assertThat(trade.get("o").get("x").asText()).isEqualTo("TRADE");
    assertThat(trade.get("o").get("X").asText()).isEqualTo("FILLED");
    assertThat(account.get("a").get("P").get(0).get("s").asText()).isEqualTo("ETHUSDT");
  }

  private static boolean isTradeLiteOf(JsonNode event, String clientOrderId) {
    return event.path("e").asText().equals("TRADE_LITE")
        && event.path("c").asText().equals(clientOrderId);
  }

  private static JsonNode unwrapped(JsonNode frame, String key) {
    assertThat(frame.get("stream").asText()).isEqualTo(key);
    return frame.get("data");
  }

  private static String buyAtMarket() {
    String clientOrderId = "paths-" + ++orders;
    client.placeOrder(params("symbol", "ETHUSDT", "side", "BUY", "type", "MARKET",
        "quantity", "0.010", "newClientOrderId", clientOrderId));
    return clientOrderId;
  }

  private static String restAndCancelFarBid() {
    String clientOrderId = "paths-far-" + ++orders;
    client.placeOrder(params("symbol", "ETHUSDT", "side", "BUY", "type", "LIMIT",
        "timeInForce", "GTC", "quantity", "0.100", "price", "3300", "newClientOrderId",
        clientOrderId));
    client.signed("DELETE", "/fapi/v1/order", params("symbol", "ETHUSDT",
        "origClientOrderId", clientOrderId));
    return clientOrderId;
  }

  private static String listenKey() {
    return client.raw("POST", "/fapi/v1/listenKey", "", "").body().get("listenKey").asText();
  }
}
