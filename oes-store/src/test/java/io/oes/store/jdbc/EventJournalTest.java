package io.oes.store.jdbc;

import static io.oes.store.jdbc.TestOrders.T0;
import static io.oes.store.jdbc.TestOrders.limitOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.feed.OrderEvent;
import io.oes.core.order.OrderState;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The store as the outbox of the event bus, on SQLite and on the PostgreSQL server of this machine
 * (a schema of its own, dropped afterwards): committed pages and durable cursors.
 */
class EventJournalTest {
  private static PostgresSchema schema;

  @TempDir static Path sqliteDirectory;

  @BeforeAll
  static void createSchema() throws Exception {
    schema = PostgresSchema.create("oes_journal_test_");
  }

  @AfterAll
  static void dropSchema() throws Exception {
    schema.drop();
  }

  static Stream<Arguments> databases() {
    Supplier<JdbcOrderStore> sqlite = () -> JdbcOrderStore.sqlite(sqliteDirectory);
    Supplier<JdbcOrderStore> postgres =
        () -> JdbcOrderStore.postgres(schema.url(), PostgresSchema.USER, "");
    return Stream.of(Arguments.of("sqlite", sqlite), Arguments.of("postgres", postgres));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aCursorIsEmptyUntilSavedAndSurvivesARestart(String name, Supplier<JdbcOrderStore> open) {
    String cursor = "nats-" + ThreadLocalRandom.current().nextLong();
    try (JdbcOrderStore store = open.get()) {
      assertThat(store.cursor(cursor)).isEmpty();
      store.saveCursor(cursor, 7);
      store.saveCursor(cursor, 12);
    }
    try (JdbcOrderStore store = open.get()) {
      assertThat(store.cursor(cursor)).isEqualTo(OptionalLong.of(12));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aCursorNeverMovesBack(String name, Supplier<JdbcOrderStore> open) {
    String cursor = "nats-" + ThreadLocalRandom.current().nextLong();
    try (JdbcOrderStore store = open.get()) {
      store.saveCursor(cursor, 40);
      store.saveCursor(cursor, 39);
      store.saveCursor(cursor, 0);

      assertThat(store.cursor(cursor)).isEqualTo(OptionalLong.of(40));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void handsOutCommittedEventsAfterASequenceInPagesInOrder(String name,
      Supplier<JdbcOrderStore> open) throws Exception {
    try (JdbcOrderStore store = open.get()) {
      TestOrders orders = new TestOrders(store.lastSequence());
      long start = store.lastSequence();
      for (int i = 0; i < 5; i++) {
        var order = limitOrder("P" + ThreadLocalRandom.current().nextLong(), "alice", "BTCUSDT",
            T0);
        store.append(orders.created(order));
        store.append(orders.filled(order, "T" + i, "0.005", OrderState.PARTIALLY_FILLED));
      }
      assertThat(store.latestSequence()).isEqualTo(start + 10);
      store.flush();

      assertThat(store.committedSequence()).isEqualTo(start + 10);
      List<OrderEvent> first = store.committedAfter(start, 4);
      List<OrderEvent> rest = store.committedAfter(start + 4, 100);
      assertThat(first).extracting(OrderEvent::sequence)
          .containsExactly(start + 1, start + 2, start + 3, start + 4);
      assertThat(rest).extracting(OrderEvent::sequence).hasSize(6).startsWith(start + 5);
      assertThat(first.get(1).fill()).isNotNull();
      assertThat(first.get(0).fill()).isNull();
    }
  }
}
