package io.oes.store.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings the schema up to date with the migrations in {@code db/migration}, on either database. */
final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  static void apply(DataSource dataSource) {
    MigrateResult result = Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info("Store schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
          result.migrationsExecuted);
    }
  }
}
