package io.oes.store.jdbc;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.UpdateType;
import io.oes.core.order.Fill;
import io.oes.core.order.Order;
import io.oes.core.order.SharedNames;
import io.oes.core.order.Side;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Reads the committed journal and fills. */
final class HistoryReader {
  private static final String EVENTS = "SELECT e.sequence, e.update_type, e.event_time, "
      + Arrays.stream(OrderColumns.NAMES.split(","))
          .map(c -> "e." + c.trim())
          .collect(Collectors.joining(", "))
      + ", f.fill_id AS f_fill_id, f.price AS f_price, f.quantity AS f_quantity,"
      + " f.fee AS f_fee, f.fee_asset AS f_fee_asset, f.maker AS f_maker, f.fill_time"
      + " FROM order_events e LEFT JOIN fills f"
      + " ON f.order_id = e.order_id AND f.fill_id = e.fill_id ";
  private static final String FILLS = "SELECT order_id, fill_id, symbol, side, price, quantity,"
      + " fee, fee_asset, maker, fill_time FROM fills WHERE order_id = ?"
      + " ORDER BY sequence, fill_id";

  private final DataSource dataSource;
  private final SqlDialect dialect;

  HistoryReader(DataSource dataSource, SqlDialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /**
   * The highest sequence used: the journal's head, which a pruned journal keeps, so numbering
   * never starts again. Reads the journal too: a journal that cannot be read, or that holds
   * events past its head (a head restored apart from it), stops the store from opening.
   */
  long maxSequence() {
    long head = aggregate("SELECT last_sequence FROM journal_head WHERE id = 1");
    long journaled = aggregate("SELECT COALESCE(MAX(sequence), 0) FROM order_events");
    if (journaled > head) {
      throw new StoreException("the journal holds sequence " + journaled + " but its head"
          + " (journal_head) says " + head + "; new events would take sequences already used",
          null);
    }
    return head;
  }

  long minSequence() {
    return aggregate("SELECT COALESCE(MIN(sequence), 0) FROM order_events");
  }

  private long aggregate(String sql) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement st = connection.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("reading the journal failed: " + e.getMessage(), e);
    }
  }

  List<OrderEvent> eventsOf(String orderId) {
    return events(EVENTS + "WHERE e.order_id = ? ORDER BY e.sequence", List.of(orderId));
  }

  List<OrderEvent> eventsAfter(long sequence, int limit) {
    return events(EVENTS + "WHERE e.sequence > ? ORDER BY e.sequence LIMIT " + limit,
        List.of(sequence));
  }

  List<Fill> fillsOf(String orderId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement st = connection.prepareStatement(FILLS)) {
      st.setString(1, orderId);
      try (ResultSet rs = st.executeQuery()) {
        List<Fill> fills = new ArrayList<>();
        while (rs.next()) {
          fills.add(new Fill(rs.getString("fill_id"), rs.getString("order_id"),
              rs.getString("symbol"), Side.valueOf(rs.getString("side")),
              Columns.decimal(rs, "price"), Columns.decimal(rs, "quantity"),
              Columns.decimal(rs, "fee"), rs.getString("fee_asset"), rs.getBoolean("maker"),
              dialect.instant(rs, "fill_time")));
        }
        return fills;
      }
    } catch (SQLException e) {
      throw new StoreException("reading fills failed: " + e.getMessage(), e);
    }
  }

  private List<OrderEvent> events(String sql, List<?> args) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement st = connection.prepareStatement(sql)) {
      Statements.bind(dialect, st, args);
      try (ResultSet rs = st.executeQuery()) {
        List<OrderEvent> events = new ArrayList<>();
        SharedNames names = new SharedNames();
        while (rs.next()) {
          Order order = OrderColumns.read(dialect, rs, names);
          events.add(new OrderEvent(rs.getLong("sequence"),
              order, UpdateType.valueOf(rs.getString("update_type")), fill(rs, order),
              dialect.instant(rs, "event_time")));
        }
        return events;
      }
    } catch (SQLException e) {
      throw new StoreException("reading the journal failed: " + e.getMessage(), e);
    }
  }

  /** The fill the event carried, or null. */
  private Fill fill(ResultSet rs, Order order) throws SQLException {
    String fillId = rs.getString("f_fill_id");
    if (fillId == null) {
      return null;
    }
    return new Fill(fillId, order.orderId(), order.symbol(), order.request().side(),
        Columns.decimal(rs, "f_price"), Columns.decimal(rs, "f_quantity"),
        Columns.decimal(rs, "f_fee"), rs.getString("f_fee_asset"), rs.getBoolean("f_maker"),
        dialect.instant(rs, "fill_time"));
  }
}
