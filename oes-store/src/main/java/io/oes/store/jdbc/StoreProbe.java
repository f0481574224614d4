package io.oes.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/** The store's health: the database answers {@code SELECT 1}, and the writer keeps up. */
final class StoreProbe {
  private StoreProbe() {}

  static StoreHealth probe(DataSource dataSource, String description, BatchWriter writer) {
    long start = System.nanoTime();
    boolean reachable;
    String message;
    try (Connection connection = dataSource.getConnection();
        Statement st = connection.createStatement()) {
      st.execute("SELECT 1");
      reachable = true;
      message = description;
    } catch (SQLException e) {
      reachable = false;
      message = "database unreachable: " + e.getMessage();
    }
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    long backlog = writer.appendedPosition() - writer.committedPosition();
    boolean failing = writer.failing();
    if (failing) {
      message = "writes failing, " + backlog + " events waiting: " + writer.lastError();
    }
    return new StoreHealth(reachable, millis, failing, backlog, message);
  }
}
