package io.oes.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the two databases do differently: where their schema lives, how an instant is stored,
 * and how decimals are compared. The statements themselves are shared: SQLite spells upserts
 * ({@code ON CONFLICT}) as PostgreSQL does.
 */
enum SqlDialect {
  /** Instants as {@code TIMESTAMP(6) WITH TIME ZONE}, decimals as {@code NUMERIC(38,18)}. */
  POSTGRES("classpath:db/postgresql") {
    @Override
    void setInstant(PreparedStatement st, int index, Instant instant) throws SQLException {
      if (instant == null) {
        st.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        st.setObject(index, OffsetDateTime.ofInstant(Columns.stored(instant), ZoneOffset.UTC));
      }
    }

    @Override
    Instant instant(ResultSet rs, String column) throws SQLException {
      OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    }

    @Override
    String number(String decimalColumn) {
      return decimalColumn;
    }
  },
  /**
   * Instants as INTEGER microseconds since the epoch (exact, and ordered as times are);
   * decimals as TEXT, exactly as written: SQLite's own numbers keep only 15 digits.
   */
  SQLITE("classpath:db/sqlite") {
    @Override
    void setInstant(PreparedStatement st, int index, Instant instant) throws SQLException {
      if (instant == null) {
        st.setNull(index, Types.BIGINT);
      } else {
        st.setLong(index, ChronoUnit.MICROS.between(Instant.EPOCH, instant));
      }
    }

    @Override
    Instant instant(ResultSet rs, String column) throws SQLException {
      long micros = rs.getLong(column);
      return rs.wasNull() ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /**
     * A TEXT decimal compared as text would put "10" before "9". As a float it is within one
     * part in 10^15, far closer than any quantity step, which is all a comparison here needs.
     */
    @Override
    String number(String decimalColumn) {
      return "CAST(" + decimalColumn + " AS REAL)";
    }
  };

  /** The {@code orders} columns in bind order: {@link OrderColumns#NAMES} then the sequence. */
  static final List<String> COLUMNS = columns();

  private final String migrations;

  SqlDialect(String migrations) {
    this.migrations = migrations;
  }

  /** The Flyway location of this database's schema. */
  String migrations() {
    return migrations;
  }

  /** Binds {@code instant} (or NULL) at the resolution {@link Columns#stored} keeps. */
  abstract void setInstant(PreparedStatement st, int index, Instant instant) throws SQLException;

  /** The instant in {@code column}, null when SQL NULL. */
  abstract Instant instant(ResultSet rs, String column) throws SQLException;

  /** An expression that compares and sums {@code decimalColumn} as a number. */
  abstract String number(String decimalColumn);

  /**
   * Upserts one order: {@link OrderColumns#COUNT} order parameters, then its sequence. Only a
   * state from a later journal sequence overwrites a row, so a replayed older event never
   * rolls an order back.
   */
  String upsertOrder() {
    String updates = COLUMNS.stream()
        .filter(c -> !c.equals("order_id"))
        .map(c -> c + " = EXCLUDED." + c)
        .collect(Collectors.joining(", "));
    return "INSERT INTO orders (" + String.join(", ", COLUMNS) + ") VALUES ("
        + placeholders(COLUMNS.size()) + ") ON CONFLICT (order_id) DO UPDATE SET " + updates
        + " WHERE orders.last_sequence < EXCLUDED.last_sequence";
  }

  /** Appends one journal row; a sequence already journaled is left as it is. */
  String insertEvent() {
    return "INSERT INTO order_events (sequence, update_type, event_time, fill_id, "
        + OrderColumns.NAMES + ") VALUES (" + placeholders(4 + OrderColumns.COUNT)
        + ") ON CONFLICT DO NOTHING";
  }

  /** Records one fill; a fill already recorded for the order is left as it is. */
  String insertFill() {
    return "INSERT INTO fills (order_id, fill_id, symbol, side, price, quantity, fee, fee_asset,"
        + " maker, fill_time, sequence) VALUES (" + placeholders(11) + ") ON CONFLICT DO NOTHING";
  }

  static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  private static List<String> columns() {
    List<String> names = new java.util.ArrayList<>(
        Arrays.stream(OrderColumns.NAMES.split(",")).map(String::trim).toList());
    names.add("last_sequence");
    return List.copyOf(names);
  }
}
