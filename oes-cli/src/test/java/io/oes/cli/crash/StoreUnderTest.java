package io.oes.cli.crash;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the gateway keeps its orders in one run of the suite, fresh for that run: the embedded
 * SQLite file under the run's folder, or a new PostgreSQL database with a nats-server
 * (JetStream) of the run's own.
 */
sealed interface StoreUnderTest extends AutoCloseable {

  String name();

  /** The {@code store} (and {@code events}) sections of the gateway's configuration. */
  String yaml();

  /** Every event of the journal, read once the gateway has stopped. */
  List<JournalEvent> journal();

  /** The events in the JetStream stream, when events go to NATS. */
  Optional<List<JournalEvent>> streamed();

  @Override
  void close();

  /** The embedded default: a SQLite file. */
  record EmbeddedSqlite(Path folder) implements StoreUnderTest {
    @Override
    public String name() {
      return "sqlite";
    }

    @Override
    public String yaml() {
      return "store:\n  type: sqlite\n  url: " + url() + "\n";
    }

    @Override
    public List<JournalEvent> journal() {
      return StoreUnderTest.journal(url(), "", "");
    }

    @Override
    public Optional<List<JournalEvent>> streamed() {
      return Optional.empty();
    }

    @Override
    public void close() {}

    private String url() {
      return "jdbc:sqlite:" + folder.resolve("data").resolve("oes.db");
    }
  }

  /** PostgreSQL in a database of its own, events into a JetStream stream of its own. */
  record PostgresWithNats(String database, NatsServer nats) implements StoreUnderTest {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String STREAM = "CRASH_SUITE";

    static PostgresWithNats create(Path folder) {
      return new PostgresWithNats(createDatabase(), NatsServer.start(folder));
    }

    @Override
    public String name() {
      return "postgres+nats";
    }

    @Override
    public String yaml() {
      return "store:\n  type: postgres\n  url: " + SERVER + database + "\n  username: postgres\n"
          + "events:\n  type: nats\n  address: " + nats.url() + "\n  jetstream_stream: "
          + STREAM + "\n";
    }

    @Override
    public List<JournalEvent> journal() {
      return StoreUnderTest.journal(SERVER + database, "postgres", "");
    }

    @Override
    public Optional<List<JournalEvent>> streamed() {
      return Optional.of(nats.events(STREAM));
    }

    @Override
    public void close() {
      nats.close();
      dropDatabase(database);
    }

    /** Whether instance {@code instanceId} has its lease session open on the run's database. */
    boolean hasLeaseSession(String instanceId) {
      try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
          PreparedStatement st = connection.prepareStatement("SELECT count(*) FROM"
              + " pg_stat_activity WHERE datname = ? AND application_name = ?")) {
        st.setString(1, database);
        st.setString(2, "oes-lease " + instanceId);
        try (ResultSet rows = st.executeQuery()) {
          return rows.next() && rows.getInt(1) > 0;
        }
      } catch (SQLException e) {
        throw new IllegalStateException("reading the sessions of " + database, e);
      }
    }

    /** A new, empty database of the run's own on the machine's PostgreSQL; returns its name. */
    static String createDatabase() {
      String database = "crash_suite_" + System.currentTimeMillis();
      execute(SERVER + "test", "CREATE DATABASE " + database);
      return database;
    }

    static void dropDatabase(String database) {
      execute(SERVER + "test", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  private static List<JournalEvent> journal(String url, String user, String password) {
    List<JournalEvent> events = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT sequence, order_id, update_type, "
            + "fill_id FROM order_events ORDER BY sequence")) {
      while (rows.next()) {
        events.add(new JournalEvent(rows.getLong(1), rows.getString(2), rows.getString(3),
            rows.getString(4) != null));
      }
      return events;
    } catch (SQLException e) {
      throw new IllegalStateException("reading the journal at " + url, e);
    }
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " at " + url + ": " + e.getMessage(), e);
    }
  }
}
