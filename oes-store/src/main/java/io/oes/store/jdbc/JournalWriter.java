package io.oes.store.jdbc;

import io.oes.core.feed.OrderEvent;
import io.oes.core.order.Fill;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one batch of events inside the caller's transaction: the newest state of each order
 * touched, every journal row, every fill. Three JDBC batches, whatever the batch size, after
 * the batch's journal sequences are claimed from {@link JournalHead}: in the order the events
 * came, so with one instance they are the numbers the feed gave them, and with several, one
 * gap-free order across all.
 */
final class JournalWriter {
  private final SqlDialect dialect;
  private final String upsertOrder;
  private final String insertEvent;
  private final String insertFill;

  JournalWriter(SqlDialect dialect) {
    this.dialect = dialect;
    this.upsertOrder = dialect.upsertOrder();
    this.insertEvent = dialect.insertEvent();
    this.insertFill = dialect.insertFill();
  }

  void write(Connection connection, List<OrderEvent> events) throws SQLException {
    List<OrderEvent> journaled = numbered(events, JournalHead.claim(connection, events.size()));
    writeOrders(connection, newestPerOrder(journaled));
    writeEvents(connection, journaled);
    writeFills(connection, journaled);
  }

  private static List<OrderEvent> numbered(List<OrderEvent> events, long first) {
    List<OrderEvent> numbered = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      OrderEvent event = events.get(i);
      long sequence = first + i;
      numbered.add(event.sequence() == sequence ? event : event.numbered(sequence));
    }
    return numbered;
  }

  /** One row per order is enough, and a multi-row upsert may not touch a row twice. */
  private static Iterable<OrderEvent> newestPerOrder(List<OrderEvent> events) {
    Map<String, OrderEvent> newest = new LinkedHashMap<>();
    for (OrderEvent event : events) {
      newest.merge(event.order().orderId(), event,
          (kept, next) -> next.sequence() > kept.sequence() ? next : kept);
    }
    return newest.values();
  }

  private void writeOrders(Connection connection, Iterable<OrderEvent> events)
      throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(upsertOrder)) {
      for (OrderEvent event : events) {
        OrderColumns.bind(dialect, st, 1, event.order());
        st.setLong(OrderColumns.COUNT + 1, event.sequence());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private void writeEvents(Connection connection, List<OrderEvent> events) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(insertEvent)) {
      for (OrderEvent event : events) {
        st.setLong(1, event.sequence());
        st.setString(2, event.type().name());
        dialect.setInstant(st, 3, event.time());
        st.setString(4, event.fill() == null ? null : event.fill().fillId());
        OrderColumns.bind(dialect, st, 5, event.order());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private void writeFills(Connection connection, List<OrderEvent> events) throws SQLException {
    boolean any = false;
    try (PreparedStatement st = connection.prepareStatement(insertFill)) {
      for (OrderEvent event : events) {
        if (event.fill() != null) {
          bindFill(st, event);
          st.addBatch();
          any = true;
        }
      }
      if (any) {
        st.executeBatch();
      }
    }
  }

  /** The fill's order fields fall back to the event's order: a fill always belongs to it. */
  private void bindFill(PreparedStatement st, OrderEvent event) throws SQLException {
    Fill fill = event.fill();
    st.setString(1, fill.orderId() != null ? fill.orderId() : event.order().orderId());
    st.setString(2, fill.fillId());
    st.setString(3, fill.symbol() != null ? fill.symbol() : event.order().symbol());
    st.setString(4, (fill.side() != null ? fill.side() : event.order().request().side()).name());
    st.setBigDecimal(5, fill.price());
    st.setBigDecimal(6, fill.quantity());
    st.setBigDecimal(7, Columns.orZero(fill.fee()));
    st.setString(8, fill.feeAsset());
    st.setBoolean(9, fill.maker());
    dialect.setInstant(st, 10, fill.time());
    st.setLong(11, event.sequence());
  }
}
