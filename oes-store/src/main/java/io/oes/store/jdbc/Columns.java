package io.oes.store.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How decimals and instants cross JDBC, the same way for every table and both databases
 * (what differs between them is in {@link SqlDialect}).
 *
 * <p>Instants are stored to the microsecond (PostgreSQL's resolution), so a value reads back
 * exactly as {@link #stored(Instant)} made it. Decimals read back without trailing zeros, the
 * form the core produces from wire doubles, so {@code 1.5} stored as {@code 1.500…0} returns
 * as {@code 1.5}.
 */
final class Columns {
  private Columns() {}

  /** {@code instant} at the resolution the database keeps. */
  static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** The decimal in {@code column}, null when SQL NULL, without trailing zeros. */
  static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    if (value == null) {
      return null;
    }
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
