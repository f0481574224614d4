package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listen keys that live 600 ms: expiry, keepalive and deletion as a client sees them. */
class ListenKeyLifecycleTest {
  private Simulator simulator;
  private SimClient client;

  @BeforeEach
  void start() {
    simulator = Simulator.start(SimulatorConfig.defaults()
        .withListenKeyValidity(Duration.ofMillis(600)));
    client = SimClient.of(simulator);
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void sendsListenKeyExpiredWhenTheKeyLapsesAndThenRefusesItsKeepalive() {
    String key = listenKey();
    try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl() + "/ws/" + key)) {
      JsonNode expired = stream.next("listenKeyExpired");

      assertThat(expired.get("listenKey").asText()).isEqualTo(key);
      assertThat(expired.get("E").isTextual()).isTrue();
      assertThat(client.raw("PUT", "/fapi/v1/listenKey", "", "").code()).isEqualTo(-1125);
      assertThat(listenKey()).isNotEqualTo(key);
    }
  }

  @Test
  void sendsListenKeyExpiredOnTheCombinedPrivatePathAndToSubscribersDespiteAnEventsFilter()
      throws Exception {
    String key = listenKey();
    try (StreamClient combined = StreamClient.connect(simulator.webSocketUrl()
            + "/private/stream?listenKey=" + key);
        StreamClient filtered = StreamClient.connect(simulator.webSocketUrl()
            + "/private/ws?listenKey=" + key + "&events=ORDER_TRADE_UPDATE");
        StreamClient subscriber = StreamClient.connect(simulator.webSocketUrl() + "/ws")) {
      subscriber.request("{\"method\":\"SUBSCRIBE\",\"params\":[\"" + key
          + "\"],\"id\":1}", 1);

      JsonNode wrapped = combined.nextMatching(frame -> frame.has("data"));
      JsonNode bare = filtered.next("listenKeyExpired");
      JsonNode subscribed = subscriber.next("listenKeyExpired");
      JsonNode listed = subscriber.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":2}", 2);

      assertThat(wrapped.get("stream").asText()).isEqualTo(key);
      assertThat(wrapped.get("data").get("e").asText()).isEqualTo("listenKeyExpired");
      assertThat(bare.get("listenKey").asText()).isEqualTo(key);
      assertThat(subscribed.get("listenKey").asText()).isEqualTo(key);
      assertThat(listed.get("result")).isEmpty();
      assertThat(combined.ended().isDone()).as("the socket stays open").isFalse();
    }
  }

  @Test
  void sendsNoMoreEventsOnALapsedKey() throws InterruptedException {
    String key = listenKey();
    try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl() + "/ws/" + key)) {
      stream.next("listenKeyExpired");

      client.placeOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT",
          "timeInForce", "GTC", "quantity", "0.010", "price", "91000"));

      assertThat(stream.quietFor(Duration.ofMillis(300))).isTrue();
    }
  }

  @Test
  void keepsAKeyAliveWhileItIsRefreshed() throws InterruptedException {
    String key = listenKey();
    for (int i = 0; i < 6; i++) {
      Thread.sleep(200);
      assertThat(client.raw("PUT", "/fapi/v1/listenKey", "listenKey=" + key, "").status())
          .isEqualTo(200);
    }
  }

  @Test
  void closesTheSocketsOfADeletedKey() throws Exception {
    String key = listenKey();
    try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl() + "/ws/" + key)) {
      UserDataStreamTest.awaitConnected(stream);

      assertThat(client.raw("DELETE", "/fapi/v1/listenKey", "", "").status()).isEqualTo(200);

      assertThat(stream.ended().get(3, TimeUnit.SECONDS)).isEqualTo("closed 1000");
    }
  }

  private String listenKey() {
    return client.raw("POST", "/fapi/v1/listenKey", "", "").body().get("listenKey").asText();
  }
}
