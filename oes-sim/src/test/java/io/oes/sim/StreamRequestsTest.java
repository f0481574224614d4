package io.oes.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.sim.stream.StreamLimits;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live SUBSCRIBE, UNSUBSCRIBE, LIST_SUBSCRIPTIONS and the properties; Binance's error answers
 * for bad requests, after which the connection still works; and the connection limits.
 */
class StreamRequestsTest {
  private static Simulator simulator;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(SimulatorConfig.defaults()
        .withTickInterval(Duration.ofMillis(50))
        .withStreamPingInterval(Duration.ofMillis(200))
        .withStreamLimits(new StreamLimits(10, 3, Duration.ofHours(24), 4096)));
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void subscribesListsAndUnsubscribesOnAConnectionOpenedWithoutStreams() {
    try (StreamClient stream = connect("/market/ws")) {
      JsonNode subscribed = stream.request("{\"method\":\"SUBSCRIBE\",\"params\":"
          + "[\"btcusdt@markPrice@1s\",\"ethusdt@bookTicker\"],\"id\":1}", 1);
      JsonNode markPrice = stream.nextMatching(event -> event.path("e").asText()
          .equals("markPriceUpdate"));
      JsonNode listed = stream.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":2}", 2);
      JsonNode unsubscribed = stream.request("{\"method\":\"UNSUBSCRIBE\",\"params\":"
          + "[\"ethusdt@bookTicker\"],\"id\":3}", 3);
      JsonNode listedAgain = stream.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":4}", 4);

      assertThat(subscribed.toString()).isEqualTo("{\"result\":null,\"id\":1}");
      assertThat(markPrice.get("s").asText()).isEqualTo("BTCUSDT");
      assertThat(listed.get("result")).extracting(JsonNode::asText)
          .containsExactly("btcusdt@markPrice@1s", "ethusdt@bookTicker");
      assertThat(unsubscribed.get("result").isNull()).isTrue();
      assertThat(listedAgain.get("result")).extracting(JsonNode::asText)
          .containsExactly("btcusdt@markPrice@1s");
    }
  }

  @Test
  void theCombinedPropertyWrapsEventsOnceSetAndReadsBack() {
    try (StreamClient stream = connect("/ws/btcusdt@markPrice@1s")) {
      JsonNode before = stream.request("{\"method\":\"GET_PROPERTY\",\"params\":[\"combined\"],"
          + "\"id\":7}", 7);
      stream.request("{\"method\":\"SET_PROPERTY\",\"params\":[\"combined\",true],\"id\":8}", 8);

      JsonNode wrapped = stream.nextMatching(frame -> frame.has("stream"));

      assertThat(before.get("result").asBoolean()).isFalse();
      assertThat(wrapped.get("stream").asText()).isEqualTo("btcusdt@markPrice@1s");
      assertThat(wrapped.get("data").get("e").asText()).isEqualTo("markPriceUpdate");
    }
  }

  @Test
  void answersBadRequestsWithBinancesErrorsAndKeepsTheConnection() {
    try (StreamClient stream = connect("/public/ws")) {
      stream.send("{not json");
      JsonNode malformed = stream.next();
      JsonNode unknownMethod = stream.request("{\"method\":\"SUBSCRIBE_ALL\",\"id\":11}", 11);
      stream.send("{\"params\":[],\"id\":12}");
      JsonNode noMethod = stream.next();
      stream.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":-1}");
      JsonNode badId = stream.next();
      JsonNode unknownProperty = stream.request("{\"method\":\"GET_PROPERTY\",\"params\":"
          + "[\"verbose\"],\"id\":13}", 13);
      JsonNode notBoolean = stream.request("{\"method\":\"SET_PROPERTY\",\"params\":"
          + "[\"combined\",\"yes\"],\"id\":14}", 14);
      JsonNode extraField = stream.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":15,"
          + "\"extra\":1}", 15);
      stream.sendBinary(new byte[] {1, 2, 3});
      JsonNode binary = stream.next();
      JsonNode stillServed = stream.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":16}", 16);

      assertThat(malformed.get("error").get("code").asInt()).isEqualTo(3);
      assertThat(malformed.get("error").get("msg").asText()).startsWith("Invalid JSON");
      assertThat(unknownMethod.get("error").get("code").asInt()).isEqualTo(2);
      assertThat(unknownMethod.get("error").get("msg").asText())
          .startsWith("Invalid request: unknown variant `SUBSCRIBE_ALL`");
      assertThat(noMethod.get("error").get("msg").asText())
          .startsWith("Invalid request: missing field `method`");
      assertThat(badId.get("error").get("msg").asText())
          .isEqualTo("Invalid request: request ID must be an unsigned integer");
      assertThat(unknownProperty.get("error").get("code").asInt()).isZero();
      assertThat(notBoolean.get("error").get("code").asInt()).isEqualTo(1);
      assertThat(extraField.get("error").get("msg").asText())
          .isEqualTo("Invalid request: too many parameters");
      assertThat(binary.get("error").get("code").asInt()).isEqualTo(3);
      assertThat(stillServed.get("result").isArray()).isTrue();
    }
  }

  @Test
  void refusesASubscriptionBeyondTheStreamLimitAndKeepsTheEarlierOnes() {
    try (StreamClient stream = connect("/market/ws/btcusdt@ticker")) {
      JsonNode refused = stream.request("{\"method\":\"SUBSCRIBE\",\"params\":[\"a@ticker\","
          + "\"b@ticker\",\"c@ticker\"],\"id\":21}", 21);
      JsonNode listed = stream.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":22}", 22);

      assertThat(refused.get("error").get("code").asInt()).isEqualTo(2);
      assertThat(listed.get("result")).extracting(JsonNode::asText)
          .containsExactly("btcusdt@ticker");
    }
  }

  @Test
  void closesAConnectionOpenedWithMoreStreamsThanAllowed() throws Exception {
    try (StreamClient stream = connect("/stream?streams=a@ticker/b@ticker/c@ticker/d@ticker")) {
      assertThat(stream.ended().get(3, TimeUnit.SECONDS)).isEqualTo("closed 1008");
    }
  }

  @Test
  void closesAConnectionSendingMoreThanTenMessagesInASecond() throws Exception {
    try (StreamClient stream = connect("/ws")) {
      for (int i = 0; i < 12 && !stream.ended().isDone(); i++) {
        stream.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":" + i + "}");
      }

      assertThat(stream.ended().get(3, TimeUnit.SECONDS)).isEqualTo("closed 1008");
    }
  }

  @Test
  void pingsMarketStreamConnections() {
    try (StreamClient stream = connect("/public/ws/btcusdt@depth5")) {
      await().atMost(Duration.ofSeconds(3)).until(() -> stream.pings() >= 2);
    }
  }

  private static StreamClient connect(String path) {
    StreamClient stream = StreamClient.connect(simulator.webSocketUrl() + path);
    UserDataStreamTest.awaitConnected(stream);
    return stream;
  }
}
