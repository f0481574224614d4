package io.oes.store.jdbc;

import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.SharedNames;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The columns an order is stored in, shared by {@code orders} and the snapshot part of {@code
 * order_events}, so both tables hold the same picture of an order.
 */
final class OrderColumns {
  static final String NAMES =
      "order_id, account_id, user_id, client_order_id, exchange_client_id, symbol, side, "
          + "order_type, time_in_force, quantity, price, stop_price, reduce_only, post_only, "
          + "state, filled_quantity, average_price, fee, fee_asset, exchange_order_id, "
          + "reject_reason, created_at, updated_at";
  static final int COUNT = 23;

  private OrderColumns() {}

  /** Binds {@code order} to the {@link #COUNT} parameters starting at {@code first}. */
  static void bind(SqlDialect dialect, PreparedStatement st, int first, Order order)
      throws SQLException {
    OrderRequest r = order.request();
    int i = first;
    st.setString(i++, order.orderId());
    st.setString(i++, order.accountId());
    st.setString(i++, r.userId());
    st.setString(i++, r.clientOrderId());
    st.setString(i++, order.exchangeClientId());
    st.setString(i++, r.symbol());
    st.setString(i++, r.side().name());
    st.setString(i++, r.type().name());
    setEnum(st, i++, r.timeInForce());
    st.setBigDecimal(i++, r.quantity());
    st.setBigDecimal(i++, r.price());
    st.setBigDecimal(i++, r.stopPrice());
    st.setBoolean(i++, r.reduceOnly());
    st.setBoolean(i++, r.postOnly());
    st.setString(i++, order.state().name());
    st.setBigDecimal(i++, Columns.orZero(order.filledQuantity()));
    st.setBigDecimal(i++, Columns.orZero(order.averagePrice()));
    st.setBigDecimal(i++, Columns.orZero(order.fee()));
    st.setString(i++, order.feeAsset());
    st.setString(i++, order.exchangeOrderId());
    st.setString(i++, order.rejectReason());
    dialect.setInstant(st, i++, order.createdAt());
    dialect.setInstant(st, i, order.updatedAt());
  }

  /**
   * The order in the current row, read by column name. Its account, user, symbol, fee asset are
   * taken from {@code names}, so the orders of one read share them.
   */
  static Order read(SqlDialect dialect, ResultSet rs, SharedNames names) throws SQLException {
    String orderId = rs.getString("order_id");
    OrderRequest request = new OrderRequest(
        names.share(rs.getString("user_id")),
        rs.getString("client_order_id"),
        names.share(rs.getString("symbol")),
        Side.valueOf(rs.getString("side")),
        OrderType.valueOf(rs.getString("order_type")),
        readTimeInForce(rs.getString("time_in_force")),
        Columns.decimal(rs, "quantity"),
        Columns.decimal(rs, "price"),
        Columns.decimal(rs, "stop_price"),
        rs.getBoolean("reduce_only"),
        rs.getBoolean("post_only"));
    return new Order(
        orderId,
        names.share(rs.getString("account_id")),
        request,
        rs.getString("exchange_client_id"),
        OrderState.valueOf(rs.getString("state")),
        Columns.decimal(rs, "filled_quantity"),
        Columns.decimal(rs, "average_price"),
        Columns.decimal(rs, "fee"),
        names.share(rs.getString("fee_asset")),
        rs.getString("exchange_order_id"),
        rs.getString("reject_reason"),
        dialect.instant(rs, "created_at"),
        dialect.instant(rs, "updated_at"));
  }

  private static void setEnum(PreparedStatement st, int index, Enum<?> value)
      throws SQLException {
    if (value == null) {
      st.setNull(index, Types.VARCHAR);
    } else {
      st.setString(index, value.name());
    }
  }

  private static TimeInForce readTimeInForce(String name) {
    return name == null ? null : TimeInForce.valueOf(name);
  }
}
