package io.oes.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

/** Connection pools for the two databases, configured for a batched writer plus readers. */
final class DataSources {
  private DataSources() {}

  static HikariDataSource postgres(PostgresUrl url, JdbcStoreOptions options) {
    HikariConfig config = common(options);
    config.setJdbcUrl(url.jdbcUrl());
    config.setUsername(url.user());
    config.setPassword(url.password());
    // one multi-row INSERT per JDBC batch instead of one statement per row
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("ApplicationName", "oes");
    return new HikariDataSource(config);
  }

  /** The embedded database: {@code <directory>/oes.mv.db}, PostgreSQL dialect. */
  static HikariDataSource h2(Path directory, JdbcStoreOptions options) {
    HikariConfig config = common(options);
    config.setJdbcUrl(h2Url(directory));
    config.setUsername("sa");
    config.setPassword("");
    return new HikariDataSource(config);
  }

  static String h2Url(Path directory) {
    // DB_CLOSE_ON_EXIT=FALSE: the store, not H2's shutdown hook, closes the database, after
    // the writer has committed what was queued. WRITE_DELAY=0: a commit is written to the file
    // as it returns (H2 otherwise keeps commits in memory for up to a second, and a killed
    // process loses them although their callers were told they were durable); the writer adds
    // a checkpoint after each batch (SqlDialect.H2). AUTO_COMPACT_FILL_RATE=0: no background
    // rewriting of the file's chunks, which the crash suite caught losing a committed
    // transaction to a kill; the file grows instead of being compacted while open.
    return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("oes")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;AUTO_COMPACT_FILL_RATE=0";
  }

  private static HikariConfig common(JdbcStoreOptions options) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("oes-store");
    config.setMaximumPoolSize(options.poolSize());
    config.setMinimumIdle(2);
    config.setConnectionTimeout(Math.max(250, options.connectTimeout().toMillis()));
    config.setValidationTimeout(Math.max(250, options.connectTimeout().toMillis()));
    return config;
  }
}
