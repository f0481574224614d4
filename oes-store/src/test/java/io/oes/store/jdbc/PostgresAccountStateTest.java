package io.oes.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The saved state and the start-up history on this machine's PostgreSQL, own schema. */
class PostgresAccountStateTest extends AccountStateContractTest {
  private static PostgresSchema schema;

  @BeforeAll
  static void createSchema() throws Exception {
    schema = PostgresSchema.create("oes_state_test_");
  }

  @AfterAll
  static void dropSchema() throws Exception {
    schema.drop();
  }

  @Override
  protected JdbcOrderStore openStore() {
    return JdbcOrderStore.postgres(schema.url(), PostgresSchema.USER, "");
  }

  @Override
  protected Connection rawConnection() throws Exception {
    return DriverManager.getConnection(schema.url(), PostgresSchema.USER, "");
  }
}
