package io.oes.messaging.nats;

import static io.oes.messaging.TestEvents.event;
import static io.oes.messaging.TestEvents.limitOrder;
import static io.oes.messaging.TestEvents.uniqueId;

import io.oes.core.feed.OrderEvent;
import io.oes.store.jdbc.AccountFences;
import io.oes.store.jdbc.JdbcOrderStore;
import io.oes.store.jdbc.JdbcStoreOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Real journals for the relay's tests: an embedded SQLite file, or a schema of its own on the
 * PostgreSQL server of this machine (127.0.0.1:5432, database {@code test}), dropped on close.
 * {@link #open} may be called again on the same data to simulate a restart.
 */
final class TestJournals implements AutoCloseable {
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String USER = "postgres";

  private final String name;
  private final Supplier<JdbcOrderStore> opener;
  private final String schema;
  private final String rawUrl;
  private final String rawUser;

  private TestJournals(String name, Supplier<JdbcOrderStore> opener, String schema,
      String rawUrl, String rawUser) {
    this.name = name;
    this.opener = opener;
    this.schema = schema;
    this.rawUrl = rawUrl;
    this.rawUser = rawUser;
  }

  static TestJournals sqlite(Path directory) {
    String url = "jdbc:sqlite:" + directory.toAbsolutePath().resolve("oes.db");
    return new TestJournals("sqlite", () -> JdbcOrderStore.sqlite(directory), null, url, "");
  }

  static TestJournals postgres() throws Exception {
    String schema = "oes_relay_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong()
        >>> 1);
    execute("CREATE SCHEMA " + schema);
    String url = POSTGRES + "?currentSchema=" + schema;
    return new TestJournals("postgres", () -> JdbcOrderStore.postgres(url, USER, ""), schema,
        url, USER);
  }

  /**
   * Moves cursor {@code name} back to {@code sequence} behind the store's back: the state a
   * crash leaves between NATS confirming a batch and the cursor being saved. Call with every
   * store of these journals closed.
   */
  void rewindCursor(String name, long sequence) throws Exception {
    try (Connection c = DriverManager.getConnection(rawUrl, rawUser, "");
        Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE event_cursors SET sequence = " + sequence + " WHERE name = '"
          + name + "'");
    }
  }

  JdbcOrderStore open() {
    return opener.get();
  }

  /**
   * One of several instances writing this PostgreSQL journal, each checking the fence of the
   * test events' account, {@code main} (the lease is made here, not taken).
   */
  JdbcOrderStore openShared() throws Exception {
    if (schema == null) {
      throw new IllegalStateException("only a PostgreSQL journal is shared by instances");
    }
    JdbcOrderStore.migratePostgres(rawUrl, rawUser, "");
    try (Connection c = DriverManager.getConnection(rawUrl, rawUser, "");
        Statement st = c.createStatement()) {
      st.executeUpdate("INSERT INTO account_leases (account_id, fence, owner, address,"
          + " api_key_sha256, acquired_at) VALUES ('main', 1, 'test', 'localhost:0', 'k', now())"
          + " ON CONFLICT DO NOTHING");
    }
    AccountFences fences = AccountFences.enforced(Duration.ofSeconds(10));
    fences.hold("main", 1);
    return JdbcOrderStore.postgres(rawUrl, rawUser, "", JdbcStoreOptions.defaults(), fences);
  }

  /**
   * Appends {@code count} events, each of a new order on {@code symbol}, every fourth with a
   * fill, numbered after the store's last sequence.
   */
  static List<OrderEvent> append(JdbcOrderStore store, int count, String symbol) {
    List<OrderEvent> events = new ArrayList<>(count);
    long sequence = store.lastSequence();
    for (int i = 1; i <= count; i++) {
      OrderEvent next = event(++sequence, limitOrder(uniqueId(), symbol), sequence % 4 == 0);
      store.append(next);
      events.add(next);
    }
    return events;
  }

  @Override
  public void close() throws java.sql.SQLException {
    if (schema != null) {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Override
  public String toString() {
    return name;
  }

  private static void execute(String sql) throws java.sql.SQLException {
    try (Connection c = DriverManager.getConnection(POSTGRES, USER, "");
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
