package io.oes.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The journal's sequence numbers, taken from the one {@code journal_head} row inside the
 * transaction that writes the events. The row stays locked until that transaction ends, so
 * commits (of this instance or of others on the same database) take their numbers one after
 * the other: gap-free, in commit order, and given back by a rollback.
 */
final class JournalHead {
  private static final String CLAIM = "UPDATE journal_head SET last_sequence = last_sequence + ?"
      + " WHERE id = 1 RETURNING last_sequence";

  private JournalHead() {}

  /** Claims {@code count} sequences; returns the first. */
  static long claim(Connection connection, int count) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(CLAIM)) {
      st.setInt(1, count);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("the journal_head row is missing (schema version 5)");
        }
        return rs.getLong(1) - count + 1;
      }
    }
  }
}
