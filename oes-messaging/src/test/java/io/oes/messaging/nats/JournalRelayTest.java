package io.oes.messaging.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Nats;
import io.oes.core.feed.OrderEvent;
import io.oes.messaging.B25Shape;
import io.oes.messaging.TestEvents;
import io.oes.messaging.health.ComponentHealth;
import io.oes.store.jdbc.JdbcOrderStore;
import io.oes.testing.LocalServer;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay from a SQLite journal to core NATS subjects: the NATS server of this machine
 * (127.0.0.1:4222), or a port where none listens.
 */
class JournalRelayTest {
  private static final String URL = "nats://127.0.0.1:4222";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path directory;

  @Test
  void publishesUpdatesAndFillsOnTheSymbolSubjectsInOrder() throws Exception {
    String symbol = "T" + TestEvents.uniqueId() + "USDT";
    List<JsonNode> updates = new CopyOnWriteArrayList<>();
    List<JsonNode> fills = new CopyOnWriteArrayList<>();
    Connection subscriber = Nats.connect(URL);
    AtomicInteger published = new AtomicInteger();
    try (JdbcOrderStore store = JdbcOrderStore.sqlite(directory);
        JournalRelay relay = JournalRelay.start(store, NatsPublisherOptions.defaults(URL),
            counting(published))) {
      Dispatcher dispatcher = subscriber.createDispatcher();
      dispatcher.subscribe("orders.updates." + symbol, m -> updates.add(json(m.getData())));
      dispatcher.subscribe("orders.fills." + symbol, m -> fills.add(json(m.getData())));
      subscriber.flush(Duration.ofSeconds(2));

      List<OrderEvent> events = TestJournals.append(store, 20, symbol);
      await().atMost(Duration.ofSeconds(10))
          .until(() -> updates.size() == 20 && fills.size() == 5);

      assertThat(updates).extracting(u -> u.get("sequence").asLong())
          .containsExactlyElementsOf(events.stream().map(OrderEvent::sequence).toList());
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
      await().atMost(Duration.ofSeconds(5)).until(() -> relay.lag() == 0);
      ComponentHealth health = relay.health();
      assertThat(health.up()).isTrue();
      assertThat(health.backlog()).isZero();
      assertThat(store.cursor("nats")).hasValue(20);
      assertThat(published.get()).isEqualTo(20);
    } finally {
      subscriber.close();
    }
  }

  @Test
  void aWarmUpConnectsButPublishesNothingAndMovesNoCursor() throws Exception {
    String symbol = "W" + TestEvents.uniqueId() + "USDT";
    List<JsonNode> received = new CopyOnWriteArrayList<>();
    Connection subscriber = Nats.connect(URL);
    AtomicInteger published = new AtomicInteger();
    try (JdbcOrderStore store = JdbcOrderStore.sqlite(directory);
        JournalRelay relay = JournalRelay.start(store, NatsPublisherOptions.defaults(URL),
            counting(published))) {
      Dispatcher dispatcher = subscriber.createDispatcher();
      dispatcher.subscribe("orders.*." + symbol, m -> received.add(json(m.getData())));
      subscriber.flush(Duration.ofSeconds(2));
      List<OrderEvent> scratch = List.of(
          TestEvents.event(1, TestEvents.limitOrder("warm-1", symbol), false),
          TestEvents.event(2, TestEvents.limitOrder("warm-1", symbol), true));

      boolean warmed = relay.warmUp(scratch, 20, Duration.ofSeconds(10));
      subscriber.flush(Duration.ofSeconds(2));

      assertThat(warmed).isTrue();
      assertThat(relay.health().up()).isTrue();
      assertThat(received).isEmpty();
      assertThat(published.get()).isZero();
      assertThat(relay.publishedCount()).isZero();
      assertThat(store.cursor("nats")).hasValue(0);
    } finally {
      subscriber.close();
    }
  }

  @Test
  void aWarmUpWithoutNatsGivesUpAndSaysSo() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (JdbcOrderStore store = JdbcOrderStore.sqlite(directory);
        JournalRelay relay = JournalRelay.start(store,
            NatsPublisherOptions.defaults("nats://127.0.0.1:" + closedPort), counting(
                new AtomicInteger()))) {
      boolean warmed = relay.warmUp(List.of(TestEvents.event(1,
          TestEvents.limitOrder("warm-2", "BTCUSDT"), false)), 5, Duration.ofMillis(300));

      assertThat(warmed).isFalse();
      assertThat(relay.health().up()).isFalse();
    }
  }

  @Test
  void aNewCursorStartsAtTheJournalsHeadAndSkipsNothingAfterIt() throws Exception {
    try (JdbcOrderStore store = JdbcOrderStore.sqlite(directory)) {
      TestJournals.append(store, 5, "BTCUSDT");
      store.flush();
      try (JournalRelay relay = JournalRelay.start(store, NatsPublisherOptions.defaults(URL),
          RelayListener.NONE)) {
        assertThat(relay.cursor()).isEqualTo(5);
        TestJournals.append(store, 3, "BTCUSDT");

        await().atMost(Duration.ofSeconds(10)).until(() -> relay.cursor() == 8);
        assertThat(relay.publishedCount()).isEqualTo(3);
      }
    }
  }

  @Test
  void keepsEveryEventInTheJournalWhileNatsIsUnreachable() throws Exception {
    LocalServer nowhere = LocalServer.nats(); // a free port, never started
    try (JdbcOrderStore store = JdbcOrderStore.sqlite(directory);
        JournalRelay relay = JournalRelay.start(store,
            NatsPublisherOptions.defaults(nowhere.url()), RelayListener.NONE)) {
      TestJournals.append(store, 6_000, "BTCUSDT");
      store.flush();

      ComponentHealth health = relay.health();
      assertThat(health.up()).isFalse();
      assertThat(health.backlog()).isEqualTo(6_000);
      assertThat(relay.lag()).isEqualTo(6_000);
      assertThat(relay.cursor()).isZero();
      assertThat(health.message()).contains("never connected").contains("lag 6000");
      assertThat(store.journalAfter(0, 10_000)).hasSize(6_000);
    }
  }

  /**
   * The store numbers the journal without a gap in commit order, so a hole is one an operator
   * made (pruning by hand): the relay waits for it, then goes on after it.
   */
  @Test
  void aSequenceMissingFromTheJournalIsSkippedAfterTheGapWait() throws Exception {
    String symbol = "T" + TestEvents.uniqueId() + "USDT";
    List<Long> received = new CopyOnWriteArrayList<>();
    Connection subscriber = Nats.connect(URL);
    try (JdbcOrderStore store = JdbcOrderStore.sqlite(directory)) {
      List.of(1L, 2L, 3L, 4L, 5L).forEach(seq -> store.append(event(seq, symbol)));
      store.flush();
      try (java.sql.Connection db = DriverManager.getConnection(
              "jdbc:sqlite:" + directory.resolve("oes.db"));
          Statement st = db.createStatement()) {
        st.execute("DELETE FROM order_events WHERE sequence = 3");
      }
      NatsPublisherOptions options =
          NatsPublisherOptions.defaults(URL).withGapWait(Duration.ofMillis(200));
      store.saveCursor(options.cursorName(), 0); // as a relay that published nothing yet
      subscriber.createDispatcher(m -> received.add(json(m.getData()).get("sequence").asLong()))
          .subscribe("orders.updates." + symbol);
      subscriber.flush(Duration.ofSeconds(2));
      try (JournalRelay relay = JournalRelay.start(store, options, RelayListener.NONE)) {
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.cursor() == 5);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 4);
        assertThat(received).containsExactly(1L, 2L, 4L, 5L);
      }
    } finally {
      subscriber.close();
    }
  }

  private static OrderEvent event(long sequence, String symbol) {
    return TestEvents.event(sequence, TestEvents.limitOrder(TestEvents.uniqueId(), symbol),
        false);
  }

  /** Counts published events into {@code count}. */
  private static RelayListener counting(AtomicInteger count) {
    return new RelayListener() {
      @Override
      public void onPublished(int events) {
        count.addAndGet(events);
      }

      @Override
      public void onFailed() {}
    };
  }

  private static JsonNode json(byte[] data) {
    try {
      return MAPPER.readTree(data);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
