package io.oes.store.lease;

import io.oes.store.jdbc.PostgresUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The dedicated connection whose session holds the leases, and the statements on it. Not
 * thread-safe: {@link AccountLeases} guards it.
 *
 * <p>The lock of account {@code id} is the two-int advisory key ({@link #LOCK_CLASS}, {@code
 * hashtext(current_schema() || '/' || id)}); pg_locks shows it as classid, objid and objsubid 2.
 * Advisory locks belong to the whole database, so the schema is in the key: deployments in
 * different schemas of one database never share a lease. The hash is always taken by the
 * server, so every instance computes the same key. Two ids with one hash share one lock: one
 * instance must then own both, which is safe.
 */
final class LeaseSession implements AutoCloseable {
  /** The first int of every oes lease key: "oesL" in ASCII. */
  static final int LOCK_CLASS = 0x6F65734C;

  /** The second int of an account's key, from the SQL expression of its id. */
  private static final String KEY = "hashtext(current_schema() || '/' || %s)";
  private static final String OUR_LOCK = "l.locktype = 'advisory' AND l.classid = "
      + LOCK_CLASS + "::oid AND l.objid = " + KEY + "::oid AND l.objsubid = 2 AND l.granted";
  private static final String HOLDERS = "SELECT a.account_id, a.owner, a.address, a.fence,"
      + " a.api_key_sha256, a.acquired_at, EXISTS (SELECT 1 FROM pg_locks l WHERE "
      + OUR_LOCK.formatted("a.account_id")
      + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))"
      + " AS held FROM account_leases a";
  // The CTE reads the row as it was before the statement: who held it, and with which key.
  private static final String TAKE = "WITH previous AS (SELECT owner, api_key_sha256"
      + " FROM account_leases WHERE account_id = ?)"
      + " INSERT INTO account_leases AS a (account_id, fence, owner, address, api_key_sha256,"
      + " acquired_at) VALUES (?, 1, ?, ?, ?, now()) ON CONFLICT (account_id) DO UPDATE SET"
      + " fence = a.fence + 1, owner = EXCLUDED.owner, address = EXCLUDED.address,"
      + " api_key_sha256 = EXCLUDED.api_key_sha256, acquired_at = EXCLUDED.acquired_at"
      + " RETURNING a.fence, (SELECT owner FROM previous), (SELECT api_key_sha256 FROM previous)";
  private static final String MISSING = "SELECT a.id FROM unnest(?::text[]) AS a(id)"
      + " WHERE NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = pg_backend_pid() AND "
      + OUR_LOCK.formatted("a.id") + ")";

  /** The row as {@link #take} left it, and who had the account before (null: nobody). */
  record Taken(long fence, String previousOwner, String previousApiKeySha256) {}

  private final Connection connection;

  private LeaseSession(Connection connection) {
    this.connection = connection;
  }

  /**
   * Connects and arms the session's TTL: once it has been idle for {@code ttl}, PostgreSQL ends
   * it, and its advisory locks with it. A statement that gets no answer within {@code ttl}
   * fails, and the driver closes the connection.
   */
  static LeaseSession open(PostgresUrl url, String owner, Duration ttl) throws SQLException {
    Properties properties = new Properties();
    if (url.user() != null) {
      properties.setProperty("user", url.user());
    }
    if (url.password() != null) {
      properties.setProperty("password", url.password());
    }
    String seconds = Long.toString(Math.max(1, ttl.toSeconds()));
    properties.setProperty("connectTimeout", seconds);
    properties.setProperty("loginTimeout", seconds);
    properties.setProperty("ApplicationName", "oes-lease " + owner);
    Connection connection = DriverManager.getConnection(url.jdbcUrl(), properties);
    try (Statement st = connection.createStatement()) {
      connection.setNetworkTimeout(Runnable::run, (int) ttl.toMillis());
      st.execute("SET idle_session_timeout = " + ttl.toMillis());
      return new LeaseSession(connection);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  /** Takes the account's lock unless another session holds it; never waits. */
  boolean tryLock(String accountId) throws SQLException {
    return queryBoolean("SELECT pg_try_advisory_lock(" + LOCK_CLASS + ", "
        + KEY.formatted("?") + ")", accountId);
  }

  /** Gives the account's lock up; false if this session did not hold it. */
  boolean unlock(String accountId) throws SQLException {
    return queryBoolean("SELECT pg_advisory_unlock(" + LOCK_CLASS + ", "
        + KEY.formatted("?") + ")", accountId);
  }

  /** Inserts the account's row with fence 1, or raises its fence; one statement, committed. */
  Taken take(String accountId, String owner, String address, String apiKeySha256)
      throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(TAKE)) {
      st.setString(1, accountId);
      st.setString(2, accountId);
      st.setString(3, owner);
      st.setString(4, address);
      st.setString(5, apiKeySha256);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return new Taken(rs.getLong(1), rs.getString(2), rs.getString(3));
      }
    }
  }

  /** Those of {@code accountIds} whose lock this session does not hold (any longer). */
  Set<String> missing(Collection<String> accountIds) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(MISSING)) {
      st.setArray(1, connection.createArrayOf("text", accountIds.toArray()));
      Set<String> missing = new HashSet<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          missing.add(rs.getString(1));
        }
      }
      return missing;
    }
  }

  /** Every row of {@code account_leases}, or only {@code accountId}'s when it is not null. */
  List<LeaseHolder> holders(String accountId) throws SQLException {
    String sql = HOLDERS + (accountId == null ? "" : " WHERE a.account_id = ?")
        + " ORDER BY a.account_id";
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      if (accountId != null) {
        st.setString(1, accountId);
      }
      List<LeaseHolder> holders = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          holders.add(new LeaseHolder(rs.getString("account_id"), rs.getString("owner"),
              rs.getString("address"), rs.getLong("fence"), rs.getString("api_key_sha256"),
              rs.getObject("acquired_at", OffsetDateTime.class).toInstant(),
              rs.getBoolean("held")));
        }
      }
      return holders;
    }
  }

  /** Whether the connection is gone, so that the session and its locks are gone or going. */
  boolean lost(SQLException failure) {
    String state = failure.getSQLState();
    try {
      // 08: connection exceptions; 57P: the server ended the session (idle timeout, shutdown)
      return connection.isClosed() || state != null
          && (state.startsWith("08") || state.startsWith("57P"));
    } catch (SQLException e) {
      return true;
    }
  }

  /**
   * Ends the session, giving every lock up first. The unlock is answered once the locks are free; the
   * session's end alone would free them a little later, after the server sees the socket close.
   */
  @Override
  public void close() {
    try (Statement st = connection.createStatement()) {
      st.execute("SELECT pg_advisory_unlock_all()");
    } catch (SQLException ignored) {
      // a session already gone holds nothing
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // the session ends with the socket either way
    }
  }

  private boolean queryBoolean(String sql, String accountId) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setString(1, accountId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }
}
