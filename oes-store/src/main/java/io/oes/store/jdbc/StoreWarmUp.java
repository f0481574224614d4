package io.oes.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.oes.core.feed.OrderEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readies the store for the first orders before the gateway says it is ready: every connection
 * of the pool opened now (not one by one as the first load asks for them, each costing a
 * connect and an authentication in the middle of an order), and on each the journal's write
 * statements run on scratch events inside a transaction that is rolled back. That makes the
 * driver prepare them on the server (PostgreSQL's driver does so from a statement's fifth use on
 * a connection), compiles the binding code, and leaves no row behind.
 */
final class StoreWarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(StoreWarmUp.class);
  /** Above PostgreSQL's default prepareThreshold (5): the statements end up server-prepared. */
  static final int ROUNDS_PER_CONNECTION = 8;
  /**
   * Connections left to the rest of the start while the warm-up holds the others: the engine
   * reads its client order ids and open orders meanwhile, and must not wait for a connection.
   * The pool opens these too (its minimum idle is its size); they only miss the statements.
   */
  static final int LEFT_FOR_THE_START = 2;

  private final HikariDataSource dataSource;
  private final JournalWriter journal;
  private final int poolSize;

  StoreWarmUp(HikariDataSource dataSource, SqlDialect dialect, int poolSize) {
    this.dataSource = dataSource;
    this.journal = new JournalWriter(dialect);
    this.poolSize = poolSize;
  }

  /**
   * Opens all but {@link #LEFT_FOR_THE_START} of the pool's connections at once, waiting at most
   * {@code timeout} for each, and writes {@code scratch} on each, rolled back. Returns how many
   * connections were warmed; a failure is logged and ends the warm-up early, never the start.
   */
  int run(List<OrderEvent> scratch, Duration timeout) {
    List<Connection> held = new ArrayList<>();
    long previousTimeout = dataSource.getConnectionTimeout();
    try {
      dataSource.setConnectionTimeout(Math.max(previousTimeout, timeout.toMillis()));
      // held together, so the pool has to hand out (and open) a different one each time
      while (held.size() < Math.max(1, poolSize - LEFT_FOR_THE_START)) {
        held.add(dataSource.getConnection());
      }
      for (Connection connection : held) {
        writeAndRollBack(connection, scratch);
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warn("Store warm-up stopped after {} connections: {}", held.size(), e.getMessage());
    } finally {
      dataSource.setConnectionTimeout(previousTimeout);
      held.forEach(StoreWarmUp::closeQuietly);
    }
    return held.size();
  }

  private void writeAndRollBack(Connection connection, List<OrderEvent> scratch)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      for (int round = 0; round < ROUNDS_PER_CONNECTION; round++) {
        // batches of 1, 2, … events, as the writer's batches vary with the load; each round
        // rolled back, as the same scratch rows would collide with themselves in the next
        try {
          journal.write(connection, scratch.subList(0, 1 + round % scratch.size()));
        } finally {
          connection.rollback();
        }
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("Returning a warm-up connection failed: {}", e.getMessage());
    }
  }
}
