package io.oes.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Binds query arguments by their Java type. */
final class Statements {
  private Statements() {}

  static void bind(SqlDialect dialect, PreparedStatement st, List<?> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      Object arg = args.get(i);
      if (arg instanceof Instant instant) {
        dialect.setInstant(st, i + 1, instant);
      } else if (arg instanceof Long number) {
        st.setLong(i + 1, number);
      } else {
        st.setString(i + 1, (String) arg);
      }
    }
  }
}
