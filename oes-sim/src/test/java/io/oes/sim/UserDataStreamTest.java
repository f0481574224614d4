package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.sim.SimClient.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The user data stream over real WebSockets: listen keys, paths, the events and their fields. */
class UserDataStreamTest {
  private static final List<String> ORDER_FIELDS = List.of("s", "c", "S", "o", "f", "q", "p",
      "ap", "sp", "x", "X", "i", "l", "z", "L", "T", "t", "b", "a", "m", "R", "wt", "ot", "ps",
      "cp", "rp", "pP", "si", "ss", "V", "pm", "gtd", "er");

  private static Simulator simulator;
  private static SimClient client;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(SimulatorConfig.defaults()
        .withVolatilityPerTick(BigDecimal.ZERO)
        .withTickInterval(Duration.ofMillis(50))
        .withStreamPingInterval(Duration.ofMillis(200)));
    client = SimClient.of(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void createsAListenKeyWithTheApiKeyHeaderOnlyAndReturnsTheSameKeyWhenAskedAgain() {
    Response first = client.raw("POST", "/fapi/v1/listenKey", "", "");
    Response second = client.raw("POST", "/fapi/v1/listenKey", "", "");

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().get("listenKey").asText()).hasSize(64);
    assertThat(second.body().get("listenKey").asText())
        .isEqualTo(first.body().get("listenKey").asText());
  }

  @Test
  void extendsTheKeyOnKeepaliveIgnoringExtraParameters() {
    String key = listenKey();

    Response kept = client.signedForm("PUT", "/fapi/v1/listenKey", params("listenKey", key));

    assertThat(kept.status()).isEqualTo(200);
    assertThat(kept.body().get("listenKey").asText()).isEqualTo(key);
  }

  @Test
  void refusesTheKeepaliveOfAnUnknownKeyWith1125() {
    listenKey();

    Response refused = client.raw("PUT", "/fapi/v1/listenKey", "listenKey=nosuchkey", "");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo(-1125);
  }

  @Test
  void refusesAListenKeyWithoutAKnownApiKey() {
    Response refused = client.withCredentials("nobody", "x")
        .raw("POST", "/fapi/v1/listenKey", "", "");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.code()).isEqualTo(-2015);
  }

  @Test
  void sendsOrderTradeUpdateWithEveryReferenceFieldOnTheLegacyPath() {
    try (StreamClient stream = StreamClient.connect(
        simulator.webSocketUrl() + "/ws/" + listenKey())) {
      awaitConnected(stream);
      JsonNode placed = placeFarBid("stream-new-1");

      JsonNode update = stream.nextMatching(event -> isUpdateOf(event, "stream-new-1"));

      assertThat(update.get("E").isNumber()).isTrue();
      assertThat(update.get("T").isNumber()).isTrue();
      JsonNode order = update.get("o");
      assertThat(order.fieldNames()).toIterable().containsAll(ORDER_FIELDS);
      assertThat(order.get("x").asText()).isEqualTo("NEW");
      assertThat(order.get("X").asText()).isEqualTo("NEW");
      assertThat(order.get("i").asLong()).isEqualTo(placed.get("orderId").asLong());
      assertThat(order.get("ps").asText()).isEqualTo("BOTH");
      assertThat(order.get("t").asLong()).isZero();
      assertThat(order.get("b").asText()).isEqualTo("950");
      assertThat(order.has("N")).isFalse();
      cancel("stream-new-1");
    }
  }

  @Test
  void reportsAFillAsTradeLiteThenOrderTradeUpdateThenAccountUpdate() {
    try (StreamClient stream = StreamClient.connect(
        simulator.webSocketUrl() + "/private/ws?listenKey=" + listenKey())) {
      awaitConnected(stream);
      client.placeOrder(params("symbol", "ETHUSDT", "side", "BUY", "type", "MARKET",
          "quantity", "0.010", "newClientOrderId", "stream-fill-1"));

      JsonNode lite = stream.nextMatching(event -> event.path("c").asText()
          .equals("stream-fill-1") || event.path("o").path("c").asText().equals("stream-fill-1")
          && event.path("o").path("x").asText().equals("TRADE"));
      JsonNode trade = stream.next();
      JsonNode account = stream.next();

      assertThat(lite.get("e").asText()).isEqualTo("TRADE_LITE");
      assertThat(lite.get("l").asText()).isEqualTo("0.01");
      assertThat(trade.get("e").asText()).isEqualTo("ORDER_TRADE_UPDATE");
      assertThat(trade.get("o").get("x").asText()).isEqualTo("TRADE");
      assertThat(trade.get("o").get("X").asText()).isEqualTo("FILLED");
      assertThat(trade.get("o").get("N").asText()).isEqualTo("USDT");
      assertThat(trade.get("o").get("t").asLong()).isPositive();
      assertThat(trade.get("o").get("m").asBoolean()).isFalse();
      assertThat(account.get("e").asText()).isEqualTo("ACCOUNT_UPDATE");
      assertThat(account.get("a").get("m").asText()).isEqualTo("ORDER");
      assertThat(account.get("a").get("B").get(0).get("a").asText()).isEqualTo("USDT");
      assertThat(account.get("a").get("P").get(0).get("s").asText()).isEqualTo("ETHUSDT");
    }
  }

  @Test
  void wrapsEventsInStreamAndDataOnTheStreamPath() {
    String key = listenKey();
    try (StreamClient stream = StreamClient.connect(
        simulator.webSocketUrl() + "/stream?streams=" + key)) {
      awaitConnected(stream);
      placeFarBid("stream-wrapped-1");

      JsonNode frame = stream.nextMatching(event -> event.path("data").path("o").path("c")
          .asText().equals("stream-wrapped-1"));

      assertThat(frame.get("stream").asText()).isEqualTo(key);
      assertThat(frame.get("data").get("e").asText()).isEqualTo("ORDER_TRADE_UPDATE");
      cancel("stream-wrapped-1");
    }
  }

  @Test
  void pingsEveryConnection() {
    try (StreamClient stream = StreamClient.connect(
        simulator.webSocketUrl() + "/ws/" + listenKey())) {
      await().atMost(Duration.ofSeconds(3))
          .until(() -> stream.pings() >= 2);
    }
  }

  @Test
  void closesTheSocketAtOnceWhenTheListenKeyIsUnknown() throws Exception {
    try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl() + "/ws/unknown")) {
      assertThat(stream.ended().get(3, TimeUnit.SECONDS)).isEqualTo("closed 1008");
    }
  }

  // The client's handshake may complete just before the server has registered the socket.
  static void awaitConnected(StreamClient stream) {
    try {
      Thread.sleep(150);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String listenKey() {
    return client.raw("POST", "/fapi/v1/listenKey", "", "").body().get("listenKey").asText();
  }

  private static boolean isUpdateOf(JsonNode event, String clientOrderId) {
    return event.path("e").asText().equals("ORDER_TRADE_UPDATE")
        && event.path("o").path("c").asText().equals(clientOrderId);
  }

  private static JsonNode placeFarBid(String clientOrderId) {
    return client.placeOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT",
        "timeInForce", "GTC", "quantity", "0.010", "price", "95000.00",
        "newClientOrderId", clientOrderId)).body();
  }

  private static void cancel(String clientOrderId) {
    client.signed("DELETE", "/fapi/v1/order",
        params("symbol", "BTCUSDT", "origClientOrderId", clientOrderId));
  }
}
