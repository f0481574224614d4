package io.oes.store.jdbc;

import io.oes.core.order.Fill;
import io.oes.core.order.OrderState;
import io.oes.core.order.Side;
import io.oes.core.port.AccountHistory;
import io.oes.core.risk.TradingState;
import io.oes.core.risk.TradingStateStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The kill switch's saved state (table {@code account_state}) and the account history read at
 * start (fills joined with their orders, today's order counts). Writes commit synchronously, in
 * their own transaction, apart from the order journal's batches. Thread-safe.
 */
public final class JdbcAccountState implements TradingStateStore, AccountHistory {
  /** The scope of the gateway-wide switch. */
  static final String EVERY_ACCOUNT = "*";
  private static final String FILLS = "SELECT o.account_id, o.user_id, o.state, f.order_id,"
      + " f.fill_id, f.symbol, f.side, f.price, f.quantity, f.fee, f.fee_asset, f.maker,"
      + " f.fill_time FROM fills f JOIN orders o ON o.order_id = f.order_id"
      + " ORDER BY f.sequence, f.fill_id";
  private static final String COUNTS = "SELECT account_id, user_id, state, COUNT(*) AS n"
      + " FROM orders WHERE created_at >= ? GROUP BY account_id, user_id, state";

  private final DataSource dataSource;
  private final SqlDialect dialect;

  JdbcAccountState(DataSource dataSource, SqlDialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  @Override
  public Optional<TradingState> load() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement st = connection.prepareStatement("SELECT mode, reason, changed_by,"
            + " changed_at FROM account_state WHERE scope = ?")) {
      st.setString(1, EVERY_ACCOUNT);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new TradingState(TradingState.Mode.valueOf(rs.getString("mode")),
            rs.getString("reason"), rs.getString("changed_by"),
            dialect.instant(rs, "changed_at")));
      }
    } catch (SQLException e) {
      throw new StoreException("reading the trading state failed: " + e.getMessage(), e);
    }
  }

  /** Updates the row, or inserts it the first time; one transaction. */
  @Override
  public void save(TradingState state) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        if (write(connection, state, "UPDATE account_state SET mode = ?, reason = ?,"
            + " changed_by = ?, changed_at = ? WHERE scope = ?") == 0) {
          write(connection, state, "INSERT INTO account_state (mode, reason, changed_by,"
              + " changed_at, scope) VALUES (?, ?, ?, ?, ?)");
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("saving the trading state failed: " + e.getMessage(), e);
    }
  }

  private int write(Connection connection, TradingState state, String sql)
      throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setString(1, state.mode().name());
      st.setString(2, state.reason());
      st.setString(3, state.changedBy());
      dialect.setInstant(st, 4, state.changedAt());
      st.setString(5, EVERY_ACCOUNT);
      return st.executeUpdate();
    }
  }

  @Override
  public void forEachFill(Consumer<StoredFill> action) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement st = connection.prepareStatement(FILLS);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        Fill fill = new Fill(rs.getString("fill_id"), rs.getString("order_id"),
            rs.getString("symbol"), Side.valueOf(rs.getString("side")),
            Columns.decimal(rs, "price"), Columns.decimal(rs, "quantity"),
            Columns.decimal(rs, "fee"), rs.getString("fee_asset"), rs.getBoolean("maker"),
            dialect.instant(rs, "fill_time"));
        action.accept(new StoredFill(rs.getString("account_id"), rs.getString("user_id"),
            OrderState.valueOf(rs.getString("state")).isOpen(), fill));
      }
    } catch (SQLException e) {
      throw new StoreException("reading the fills failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<OrderCount> ordersSince(Instant from) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement st = connection.prepareStatement(COUNTS)) {
      dialect.setInstant(st, 1, from);
      try (ResultSet rs = st.executeQuery()) {
        List<OrderCount> counts = new ArrayList<>();
        while (rs.next()) {
          counts.add(new OrderCount(rs.getString("account_id"), rs.getString("user_id"),
              OrderState.valueOf(rs.getString("state")).isOpen(), rs.getInt("n")));
        }
        return counts;
      }
    } catch (SQLException e) {
      throw new StoreException("counting today's orders failed: " + e.getMessage(), e);
    }
  }
}
