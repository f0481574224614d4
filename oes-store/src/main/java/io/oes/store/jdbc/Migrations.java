package io.oes.store.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date: each database has its own migrations ({@code db/postgresql},
 * {@code db/sqlite}) under the same version numbers, so version N is the same schema on both.
 */
final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  static void apply(DataSource dataSource, SqlDialect dialect) {
    MigrateResult result = Flyway.configure()
        .dataSource(dataSource)
        .locations(dialect.migrations())
        .load()
        .migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info("Store schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
          result.migrationsExecuted);
    }
  }
}
