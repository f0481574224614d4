package io.oes.store.jdbc;

import io.oes.core.order.ClientOrderKey;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.order.SharedNames;
import io.oes.core.port.OrderQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Reads committed orders from {@code orders}; every query is served by an index. */
final class OrderReader {
  private static final String SELECT = "SELECT " + OrderColumns.NAMES + " FROM orders ";
  private static final String OPEN_STATES = Arrays.stream(OrderState.values())
      .filter(OrderState::isOpen)
      .map(s -> "'" + s.name() + "'")
      .collect(Collectors.joining(", "));

  /** Rows per round trip when streaming client order ids. */
  private static final int KEY_FETCH_ROWS = 10_000;

  private final DataSource dataSource;
  private final SqlDialect dialect;

  OrderReader(DataSource dataSource, SqlDialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  Optional<Order> byId(String orderId) {
    List<Order> found = query(SELECT + "WHERE order_id = ?", List.of(orderId));
    return found.stream().findFirst();
  }

  Optional<Order> byClientOrderId(String userId, String clientOrderId) {
    List<Order> found = userId == null
        ? query(SELECT + "WHERE user_id IS NULL AND client_order_id = ?", List.of(clientOrderId))
        : query(SELECT + "WHERE user_id = ? AND client_order_id = ?",
            List.of(userId, clientOrderId));
    return found.stream().findFirst();
  }

  Optional<Order> byExchangeClientId(String accountId, String exchangeClientId) {
    return query(SELECT + "WHERE exchange_client_id = ? AND account_id = ?",
        List.of(exchangeClientId, accountId)).stream().findFirst();
  }

  /** Up to {@code rows} orders matching {@code q}, newest first. */
  List<Order> page(OrderQuery q, int rows) {
    StringBuilder sql = new StringBuilder(SELECT).append("WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    where(sql, args, "user_id = ?", q.userId());
    where(sql, args, "symbol = ?", q.symbol());
    where(sql, args, "state = ?", q.state() == null ? null : q.state().name());
    where(sql, args, "created_at >= ?", q.createdFrom());
    where(sql, args, "created_at <= ?", q.createdTo());
    if (q.after() != null) {
      sql.append(" AND (created_at, order_id) < (?, ?)");
      args.add(q.after().createdAt());
      args.add(q.after().orderId());
    }
    sql.append(" ORDER BY created_at DESC, order_id DESC LIMIT ").append(rows);
    return query(sql.toString(), args);
  }

  List<Order> open(String accountId) {
    return query(SELECT + "WHERE account_id = ? AND state IN (" + OPEN_STATES + ")",
        List.of(accountId));
  }

  List<Order> withMissingFills(String accountId, Instant createdSince) {
    return query(SELECT + "WHERE account_id = ? AND created_at >= ? AND "
        + dialect.number("filled_quantity") + " > COALESCE((SELECT SUM("
        + dialect.number("f.quantity") + ") FROM fills f WHERE f.order_id = orders.order_id), 0)",
        List.of(accountId, createdSince));
  }

  /**
   * Streams every order's client order id in rows of {@link #KEY_FETCH_ROWS}; a transaction, so
   * PostgreSQL uses a cursor instead of loading the whole table.
   */
  void clientOrderKeys(Consumer<ClientOrderKey> action) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement st = connection.prepareStatement(
          "SELECT user_id, client_order_id FROM orders WHERE client_order_id IS NOT NULL")) {
        st.setFetchSize(KEY_FETCH_ROWS);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            action.accept(new ClientOrderKey(rs.getString(1), rs.getString(2)));
          }
        }
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException("reading client order ids failed: " + e.getMessage(), e);
    }
  }

  private static void where(StringBuilder sql, List<Object> args, String clause, Object value) {
    if (value != null) {
      sql.append(" AND ").append(clause);
      args.add(value);
    }
  }

  private List<Order> query(String sql, List<?> args) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement st = connection.prepareStatement(sql)) {
      Statements.bind(dialect, st, args);
      try (ResultSet rs = st.executeQuery()) {
        List<Order> orders = new ArrayList<>();
        SharedNames names = new SharedNames();
        while (rs.next()) {
          orders.add(OrderColumns.read(dialect, rs, names));
        }
        return orders;
      }
    } catch (SQLException e) {
      throw new StoreException("reading orders failed: " + e.getMessage(), e);
    }
  }
}
