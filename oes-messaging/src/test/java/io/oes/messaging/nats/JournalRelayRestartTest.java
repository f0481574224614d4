package io.oes.messaging.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.oes.core.feed.OrderEvent;
import io.oes.store.jdbc.JdbcOrderStore;
import io.oes.testing.LocalServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The relay into a JetStream stream on a nats-server of the test's own, from a journal in SQLite
 * and in PostgreSQL: every event once, in order, across NATS outages and relay crashes.
 */
class JournalRelayRestartTest {
  private static final String STREAM = "ORDERS_TEST";
  private static final String CURSOR = "nats:" + STREAM;

  static Stream<Arguments> journals() {
    return Stream.of(Arguments.of("sqlite"), Arguments.of("postgres"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journals")
  void everyEventArrivesInTheStreamOnceAndInOrder(String database, @TempDir Path dir)
      throws Exception {
    try (TestJournals journals = journals(database, dir);
        LocalServer server = jetStreamServer(dir);
        JdbcOrderStore store = journals.open();
        JournalRelay relay = JournalRelay.start(store, options(server), RelayListener.NONE)) {
      List<OrderEvent> events = TestJournals.append(store, 1_000, "BTCUSDT");

      awaitCursor(relay, last(events));
      assertThat(StreamContents.messageIds(server.url(), STREAM))
          .containsExactlyElementsOf(StreamContents.expectedIds(events));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journals")
  void eventsJournaledWhileNatsIsDownAllArriveInOrderOnceItIsBack(String database,
      @TempDir Path dir) throws Exception {
    try (TestJournals journals = journals(database, dir);
        LocalServer server = jetStreamServer(dir);
        JdbcOrderStore store = journals.open();
        JournalRelay relay = JournalRelay.start(store, options(server), RelayListener.NONE)) {
      List<OrderEvent> events = new ArrayList<>(TestJournals.append(store, 300, "BTCUSDT"));
      awaitCursor(relay, last(events));

      server.stop();
      events.addAll(TestJournals.append(store, 3_000, "ETHUSDT"));
      store.flush();
      await().atMost(Duration.ofSeconds(10)).until(() -> !relay.health().up());
      assertThat(relay.lag()).isEqualTo(3_000);
      Thread.sleep(1_000); // the relay keeps trying while the server is stopped
      assertThat(relay.cursor()).isEqualTo(events.get(299).sequence());
      // what an operator reads meanwhile; whether a send failed first or the client saw the
      // connection drop first is a race, so the failure count is not asserted
      assertThat(relay.health().up()).isFalse();
      assertThat(relay.health().message())
          .contains("published through sequence " + events.get(299).sequence(), "lag 3000");
      server.start();

      awaitCursor(relay, last(events));
      assertThat(StreamContents.messageIds(server.url(), STREAM))
          .containsExactlyElementsOf(StreamContents.expectedIds(events));
      assertThat(relay.health().up()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journals")
  void aRelayStoppedMidStreamResumesFromItsCursorAndTheStreamHoldsEachEventOnce(
      String database, @TempDir Path dir) throws Exception {
    try (TestJournals journals = journals(database, dir);
        LocalServer server = jetStreamServer(dir)) {
      List<OrderEvent> events;
      long stoppedAt;
      try (JdbcOrderStore store = journals.open()) {
        JournalRelay first = JournalRelay.start(store, options(server).withBatchSize(16),
            RelayListener.NONE);
        events = TestJournals.append(store, 5_000, "BTCUSDT");
        await().atMost(Duration.ofSeconds(30)).until(() -> first.cursor() > 0);
        first.close(Duration.ZERO); // a crash mid-stream: the rest stays in the journal
        stoppedAt = first.cursor();
      }
      assertThat(stoppedAt).isLessThan(last(events));

      try (JdbcOrderStore store = journals.open();
          JournalRelay second = JournalRelay.start(store, options(server), RelayListener.NONE)) {
        assertThat(second.cursor()).isEqualTo(stoppedAt);
        awaitCursor(second, last(events));
      }
      assertThat(StreamContents.messageIds(server.url(), STREAM))
          .containsExactlyElementsOf(StreamContents.expectedIds(events));
    }
  }

  /**
   * A crash after NATS confirmed a batch but before the cursor was saved sends the batch
   * again on restart; the stream stores it once even when its duplicate window has passed.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("journals")
  void eventsConfirmedButNotRecordedAreStoredOnceEvenAfterTheDuplicateWindow(String database,
      @TempDir Path dir) throws Exception {
    try (TestJournals journals = journals(database, dir);
        LocalServer server = jetStreamServer(dir)) {
      createStreamWithShortDuplicateWindow(server);
      List<OrderEvent> events;
      try (JdbcOrderStore store = journals.open();
          JournalRelay relay = JournalRelay.start(store, options(server), RelayListener.NONE)) {
        events = TestJournals.append(store, 100, "BTCUSDT");
        awaitCursor(relay, last(events));
      }
      journals.rewindCursor(CURSOR, events.get(59).sequence());
      Thread.sleep(500); // the stream's duplicate window (100 ms) is over

      try (JdbcOrderStore store = journals.open();
          JournalRelay relay = JournalRelay.start(store, options(server), RelayListener.NONE)) {
        List<OrderEvent> more = TestJournals.append(store, 10, "BTCUSDT");
        awaitCursor(relay, last(more));
        events = Stream.concat(events.stream(), more.stream()).toList();
      }
      assertThat(StreamContents.messageIds(server.url(), STREAM))
          .containsExactlyElementsOf(StreamContents.expectedIds(events));
    }
  }

  /**
   * Two instances write one journal and each runs its relay over all of it, under the one
   * cursor: the stream still holds every event once, in the journal's order.
   */
  @Test
  void twoInstancesRelayingOneSharedJournalPutEveryEventInTheStreamOnceInOrder(
      @TempDir Path dir) throws Exception {
    try (TestJournals journals = TestJournals.postgres();
        LocalServer server = jetStreamServer(dir);
        JdbcOrderStore first = journals.openShared();
        JdbcOrderStore second = journals.openShared();
        JournalRelay one = JournalRelay.start(first, options(server), RelayListener.NONE);
        JournalRelay other = JournalRelay.start(second, options(server), RelayListener.NONE)) {
      for (int round = 0; round < 10; round++) {
        TestJournals.append(first, 40, "BTCUSDT");
        TestJournals.append(second, 40, "ETHUSDT");
      }
      first.flush();
      second.flush();
      List<OrderEvent> journal = first.committedAfter(0, 10_000);
      assertThat(journal).hasSize(800);

      await().atMost(Duration.ofSeconds(60)).until(() ->
          Math.max(one.cursor(), other.cursor()) == last(journal));
      assertThat(StreamContents.messageIds(server.url(), STREAM))
          .containsExactlyElementsOf(StreamContents.expectedIds(journal));
    }
  }

  private static TestJournals journals(String database, Path dir) throws Exception {
    return database.equals("sqlite") ? TestJournals.sqlite(dir.resolve("store")) : TestJournals.postgres();
  }

  @Test
  void aStreamOverEveryOrdersSubjectIsNarrowedSoThatOrderRequestsGetNoAcknowledgement(
      @TempDir Path dir) throws Exception {
    try (TestJournals journals = journals("sqlite", dir);
        LocalServer server = jetStreamServer(dir)) {
      Connection client = Nats.connect(server.url());
      try {
        client.jetStreamManagement().addStream(StreamConfiguration.builder().name(STREAM)
            .subjects(NatsSubjects.FORMER_STREAM_SUBJECT).storageType(StorageType.File).build());
        try (JdbcOrderStore store = journals.open();
            JournalRelay relay = JournalRelay.start(store, options(server), RelayListener.NONE)) {
          List<OrderEvent> events = TestJournals.append(store, 10, "BTCUSDT");
          awaitCursor(relay, last(events));

          assertThat(client.jetStreamManagement().getStreamInfo(STREAM).getConfiguration()
              .getSubjects()).containsExactlyElementsOf(NatsSubjects.EVENTS);
          assertThat(StreamContents.messageIds(server.url(), STREAM))
              .containsExactlyElementsOf(StreamContents.expectedIds(events));
          // nothing answers an order request on a gateway's behalf any more
          assertThat(client.requestWithTimeout(NatsSubjects.CREATE_REQUESTS, new byte[0],
              Duration.ofSeconds(2))).failsWithin(Duration.ofSeconds(10));
        }
      } finally {
        client.close();
      }
    }
  }

  private static LocalServer jetStreamServer(Path dir) {
    return LocalServer.natsJetStream(dir.resolve("jetstream")).start();
  }

  private static NatsPublisherOptions options(LocalServer server) {
    return NatsPublisherOptions.defaults(server.url()).withJetStream(STREAM)
        .withReconnectWait(Duration.ofMillis(100));
  }

  private static void createStreamWithShortDuplicateWindow(LocalServer server)
      throws Exception {
    Connection connection = Nats.connect(server.url());
    try {
      connection.jetStreamManagement().addStream(StreamConfiguration.builder().name(STREAM)
          .subjects(NatsSubjects.EVENTS).storageType(StorageType.File)
          .duplicateWindow(Duration.ofMillis(100)).build());
    } finally {
      connection.close();
    }
  }

  private static void awaitCursor(JournalRelay relay, long sequence) {
    await().atMost(Duration.ofSeconds(60)).until(() -> relay.cursor() == sequence);
  }

  private static long last(List<OrderEvent> events) {
    return events.get(events.size() - 1).sequence();
  }
}
