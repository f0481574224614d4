package io.oes.store.jdbc;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one statement the two databases spell differently: the guarded upsert of an order's
 * current state. Both only overwrite a row with a state from a later journal sequence, so a
 * replayed older event never rolls an order back.
 */
enum SqlDialect {
  /** {@code INSERT … ON CONFLICT DO UPDATE … WHERE}, PostgreSQL's native upsert. */
  POSTGRES {
    @Override
    String upsertOrder() {
      String updates = COLUMNS.stream()
          .filter(c -> !c.equals("order_id"))
          .map(c -> c + " = EXCLUDED." + c)
          .collect(Collectors.joining(", "));
      return "INSERT INTO orders (" + String.join(", ", COLUMNS) + ") VALUES ("
          + placeholders(COLUMNS.size()) + ") ON CONFLICT (order_id) DO UPDATE SET " + updates
          + " WHERE orders.last_sequence < EXCLUDED.last_sequence";
    }
  },
  /** Standard {@code MERGE}: H2 knows no {@code ON CONFLICT DO UPDATE}. */
  H2 {
    @Override
    String upsertOrder() {
      String casts = Arrays.stream(TYPES)
          .map(t -> "CAST(? AS " + t + ")")
          .collect(Collectors.joining(", "));
      String updates = COLUMNS.stream()
          .filter(c -> !c.equals("order_id"))
          .map(c -> c + " = s." + c)
          .collect(Collectors.joining(", "));
      String sourceColumns = COLUMNS.stream().map(c -> "s." + c).collect(Collectors.joining(", "));
      return "MERGE INTO orders t USING (VALUES (" + casts + ")) s(" + String.join(", ", COLUMNS)
          + ") ON t.order_id = s.order_id"
          + " WHEN MATCHED AND t.last_sequence < s.last_sequence THEN UPDATE SET " + updates
          + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", COLUMNS) + ") VALUES ("
          + sourceColumns + ")";
    }

    /**
     * H2 stores a commit in its file as part of committing, but a store another session began
     * just before can make it skip that, leaving the commit in memory until the next one: a
     * killed process then loses it although its caller was told it was durable (seen in the
     * crash suite). A checkpoint stores whatever is not stored yet, and costs nothing when
     * everything is. It does not force the file to the disk: a power loss may still take the
     * last commits, as with any unsynced file; PostgreSQL is the store for that.
     */
    @Override
    String afterCommit() {
      return "CHECKPOINT";
    }
  };

  /** The {@code orders} columns in bind order: {@link OrderColumns#NAMES} then the sequence. */
  static final List<String> COLUMNS = columns();

  private static final String DECIMAL = "NUMERIC(38,18)";
  private static final String TIME = "TIMESTAMP(6) WITH TIME ZONE";
  private static final String[] TYPES = {
    "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR",
    "VARCHAR", DECIMAL, DECIMAL, DECIMAL, "BOOLEAN", "BOOLEAN", "VARCHAR", DECIMAL, DECIMAL,
    DECIMAL, "VARCHAR", "VARCHAR", "VARCHAR", TIME, TIME, "BIGINT"
  };

  /** Upserts one order: {@link OrderColumns#COUNT} order parameters, then its sequence. */
  abstract String upsertOrder();

  /** A statement that makes the last commit durable, run right after it; null when none is needed. */
  String afterCommit() {
    return null;
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
