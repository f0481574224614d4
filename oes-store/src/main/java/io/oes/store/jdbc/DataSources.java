package io.oes.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

/** Connection pools for the two databases, configured for a batched writer plus readers. */
final class DataSources {
  private DataSources() {}

  static HikariDataSource postgres(PostgresUrl url, JdbcStoreOptions options) {
    return postgres(url, options, AccountFences.none());
  }

  /**
   * With fences enforced, a transaction left open for the lease TTL is ended by PostgreSQL: a
   * frozen owner caught in the middle of a commit holds its account's lease row (FOR SHARE),
   * and the next owner's fence raise must not wait for it longer than for the lease itself.
   */
  static HikariDataSource postgres(PostgresUrl url, JdbcStoreOptions options,
      AccountFences fences) {
    HikariConfig config = common(options);
    fences.staleTransactionTimeout().ifPresent(timeout -> config.setConnectionInitSql(
        "SET idle_in_transaction_session_timeout = " + timeout.toMillis()));
    config.setJdbcUrl(url.jdbcUrl());
    config.setUsername(url.user());
    config.setPassword(url.password());
    // one multi-row INSERT per JDBC batch instead of one statement per row
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("ApplicationName", "oes");
    return new HikariDataSource(config);
  }

  /**
   * The embedded database, {@code <directory>/oes.db}. WAL: readers never block the writer nor
   * it them. {@code synchronous=FULL}: each commit is synced to disk before it returns (in WAL
   * mode, NORMAL would survive a killed process but could lose the last commits to a power
   * loss). The busy timeout covers the rare write of the halt or an event cursor meeting a
   * batch being committed; SQLite lets one transaction write at a time.
   */
  static HikariDataSource sqlite(Path directory, JdbcStoreOptions options) {
    HikariConfig config = common(options);
    config.setJdbcUrl("jdbc:sqlite:" + EmbeddedFiles.database(directory));
    config.addDataSourceProperty("journal_mode", "WAL");
    config.addDataSourceProperty("synchronous", "FULL");
    config.addDataSourceProperty("busy_timeout", "10000");
    return new HikariDataSource(config);
  }

  private static HikariConfig common(JdbcStoreOptions options) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("oes-store");
    config.setMaximumPoolSize(options.poolSize());
    // A fixed-size pool: every connection stays open (opened before ready by the warm-up), so
    // a burst never waits for a new one to connect and authenticate in the middle of an order.
    config.setMinimumIdle(options.poolSize());
    config.setConnectionTimeout(Math.max(250, options.connectTimeout().toMillis()));
    config.setValidationTimeout(Math.max(250, options.connectTimeout().toMillis()));
    return config;
  }
}
