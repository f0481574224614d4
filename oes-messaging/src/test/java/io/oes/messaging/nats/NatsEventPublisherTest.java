package io.oes.messaging.nats;

import static io.oes.messaging.TestEvents.event;
import static io.oes.messaging.TestEvents.limitOrder;
import static io.oes.messaging.TestEvents.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Nats;
import io.oes.messaging.B25Shape;
import io.oes.messaging.health.ComponentHealth;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Against the NATS server of this machine (127.0.0.1:4222), core subjects. */
class NatsEventPublisherTest {
  private static final String URL = "nats://127.0.0.1:4222";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void publishesUpdatesAndFillsOnTheSymbolSubjectsInOrder() throws Exception {
    String symbol = "T" + uniqueId() + "USDT";
    List<JsonNode> updates = new CopyOnWriteArrayList<>();
    List<JsonNode> fills = new CopyOnWriteArrayList<>();
    Connection subscriber = Nats.connect(URL);
    try (NatsEventPublisher publisher = NatsEventPublisher.start(URL)) {
      Dispatcher dispatcher = subscriber.createDispatcher();
      dispatcher.subscribe("orders.updates." + symbol, m -> updates.add(json(m.getData())));
      dispatcher.subscribe("orders.fills." + symbol, m -> fills.add(json(m.getData())));
      subscriber.flush(Duration.ofSeconds(2));

      for (int i = 1; i <= 20; i++) {
        publisher.publish(event(i, limitOrder(uniqueId(), symbol), i % 4 == 0));
      }
      await().atMost(Duration.ofSeconds(10))
          .until(() -> updates.size() == 20 && fills.size() == 5);

      assertThat(updates).extracting(u -> u.get("sequence").asLong())
          .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 20).boxed()
              .toList());
      JsonNode update = updates.get(3);
      assertThat(B25Shape.fieldNames(update)).startsWith("order", "update_type", "timestamp",
          "sequence");
      B25Shape.assertOrder(update.get("order"));
      assertThat(update.get("update_type").asText()).isEqualTo("PARTIALLY_FILLED");
      assertThat(update.get("timestamp").asText()).matches(B25Shape.RFC3339);
      assertThat(fills).extracting(f -> f.get("sequence").asLong())
          .containsExactly(4L, 8L, 12L, 16L, 20L);
      assertThat(fills.get(0).get("fill_id").asText()).isEqualTo("F4");
      assertThat(fills.get(0).get("price").isNumber()).isTrue();
      ComponentHealth health = publisher.health();
      assertThat(health.up()).isTrue();
      assertThat(health.backlog()).isZero();
    } finally {
      subscriber.close();
    }
  }

  @Test
  void neverBlocksAndKeepsEventsWhileNatsIsUnreachable() throws Exception {
    NatsServerProcess nowhere = new NatsServerProcess(null); // a free port, never started
    try (NatsEventPublisher publisher = NatsEventPublisher.start(
        NatsPublisherOptions.defaults(nowhere.url()).withOutboxCapacity(5_000))) {
      long start = System.nanoTime();
      for (int i = 1; i <= 6_000; i++) {
        publisher.publish(event(i, limitOrder("N" + i, "BTCUSDT"), false));
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

      ComponentHealth health = publisher.health();
      assertThat(health.up()).isFalse();
      assertThat(health.backlog()).isEqualTo(5_000);
      assertThat(publisher.droppedCount()).isEqualTo(1_000);
      assertThat(health.message()).contains("never connected").contains("1000 dropped");
      publisher.close(Duration.ofMillis(100));
    }
  }

  private static JsonNode json(byte[] data) {
    try {
      return MAPPER.readTree(data);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
