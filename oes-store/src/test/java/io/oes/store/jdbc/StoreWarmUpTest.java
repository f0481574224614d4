package io.oes.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.feed.OrderEvent;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.feed.UpdateType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The warm-up before ready, on the PostgreSQL server of this machine and in SQLite. */
class StoreWarmUpTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static PostgresSchema schema;

  @BeforeAll
  static void createSchema() throws Exception {
    schema = PostgresSchema.create("oes_warm_up_test_");
  }

  @AfterAll
  static void dropSchema() throws Exception {
    schema.drop();
  }

  /** Created, submitted and filled: every write statement of the journal. */
  private static List<OrderEvent> scratch() {
    TestOrders orders = new TestOrders(0);
    Order order = TestOrders.limitOrder("warm-up-1", "warm-up", "BTCUSDT", TestOrders.T0);
    return List.of(orders.created(order),
        orders.moved(order, OrderState.SUBMITTED, UpdateType.SUBMITTED),
        orders.filled(order, "warm-up-fill-1", "0.015", OrderState.FILLED));
  }

  @Test
  void warmsAllButTwoConnectionsAndLeavesThoseFreeForTheRestOfTheStart() throws Exception {
    try (JdbcOrderStore store = JdbcOrderStore.postgres(schema.url(), PostgresSchema.USER, "",
        JdbcStoreOptions.defaults().withPoolSize(5))) {
      int warmed = store.warmUp(scratch(), TIMEOUT);

      assertThat(warmed).isEqualTo(3);
      assertThat(store.openConnections()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void leavesNoRowAndNoSequenceInPostgres() throws Exception {
    try (JdbcOrderStore store = JdbcOrderStore.postgres(schema.url(), PostgresSchema.USER, "")) {
      store.warmUp(scratch(), TIMEOUT);

      assertThat(store.lastSequence()).isZero();
      assertThat(store.journalAfter(0, 10)).isEmpty();
      assertThat(store.findById("warm-up-1")).isEmpty();
      try (Connection raw = DriverManager.getConnection(schema.url(), PostgresSchema.USER, "")) {
        assertThat(rows(raw, "orders") + rows(raw, "order_events") + rows(raw, "fills"))
            .isZero();
      }
    }
  }

  @Test
  void aRealOrderAfterTheWarmUpIsJournaledFromSequenceOne() throws Exception {
    Path folder = temporaryFolder();
    try (JdbcOrderStore store = JdbcOrderStore.sqlite(folder)) {
      store.warmUp(scratch(), TIMEOUT);
      Order order = TestOrders.limitOrder("real-1", "alice", "BTCUSDT", TestOrders.T0);
      store.append(new TestOrders(0).created(order));
      store.flush();

      assertThat(store.journalAfter(0, 10)).extracting(event -> event.order().orderId())
          .containsExactly("real-1");
      assertThat(store.findById("warm-up-1")).isEmpty();
      assertThat(store.fillIdsOf("warm-up-1")).isEmpty();
    }
  }

  private static long rows(Connection connection, String table) throws Exception {
    try (Statement st = connection.createStatement();
        ResultSet rows = st.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("oes-warm-up");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
