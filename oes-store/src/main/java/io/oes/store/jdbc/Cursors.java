package io.oes.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The publishers' durable cursors in {@code event_cursors}. Saving is an update that only
 * moves forward, then an insert when the cursor is new: plain statements both databases
 * share, each committed on its own.
 */
final class Cursors {
  private static final String READ = "SELECT sequence FROM event_cursors WHERE name = ?";
  private static final String ADVANCE = "UPDATE event_cursors SET sequence = ?, updated_at = ?"
      + " WHERE name = ? AND sequence < ?";
  private static final String CREATE = "INSERT INTO event_cursors (name, sequence, updated_at)"
      + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING";

  private final DataSource dataSource;
  private final SqlDialect dialect;

  Cursors(DataSource dataSource, SqlDialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  OptionalLong read(String name) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement st = connection.prepareStatement(READ)) {
      st.setString(1, name);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("reading event cursor " + name + " failed: " + e.getMessage(), e);
    }
  }

  void save(String name, long sequence, Instant now) {
    try (Connection connection = dataSource.getConnection()) {
      if (advance(connection, name, sequence, now) == 0) {
        create(connection, name, sequence, now);
      }
    } catch (SQLException e) {
      throw new StoreException("saving event cursor " + name + " at " + sequence + " failed: "
          + e.getMessage(), e);
    }
  }

  private int advance(Connection connection, String name, long sequence, Instant now)
      throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(ADVANCE)) {
      st.setLong(1, sequence);
      dialect.setInstant(st, 2, now);
      st.setString(3, name);
      st.setLong(4, sequence);
      return st.executeUpdate();
    }
  }

  /** Inserts a new cursor; an existing one (at or past {@code sequence}) is left as it is. */
  private void create(Connection connection, String name, long sequence, Instant now)
      throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(CREATE)) {
      st.setString(1, name);
      st.setLong(2, sequence);
      dialect.setInstant(st, 3, now);
      st.executeUpdate();
    }
  }
}
