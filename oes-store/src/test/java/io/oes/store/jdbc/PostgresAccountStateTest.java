package io.oes.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The saved state and the start-up history on this machine's PostgreSQL, own schema. */
class PostgresAccountStateTest extends AccountStateContractTest {
  private static final String SCHEMA =
      "oes_state_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);

  @BeforeAll
  static void createSchema() throws Exception {
    try (Connection c = DriverManager.getConnection(PostgresOrderStoreTest.SERVER,
            PostgresOrderStoreTest.USER, "");
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + SCHEMA);
    }
  }

  @AfterAll
  static void dropSchema() throws Exception {
    try (Connection c = DriverManager.getConnection(PostgresOrderStoreTest.SERVER,
            PostgresOrderStoreTest.USER, "");
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
    }
  }

  private static String schemaUrl() {
    return PostgresOrderStoreTest.SERVER + "?currentSchema=" + SCHEMA;
  }

  @Override
  protected JdbcOrderStore openStore() {
    return JdbcOrderStore.postgres(schemaUrl(), PostgresOrderStoreTest.USER, "");
  }

  @Override
  protected Connection rawConnection() throws Exception {
    return DriverManager.getConnection(schemaUrl(), PostgresOrderStoreTest.USER, "");
  }
}
