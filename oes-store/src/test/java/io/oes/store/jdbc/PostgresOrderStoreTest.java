package io.oes.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on the PostgreSQL server of this machine (127.0.0.1:5432, database
 * {@code test}), in a schema of its own that is dropped afterwards.
 */
class PostgresOrderStoreTest extends JdbcOrderStoreQueryContractTest {
  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String USER = "postgres";
  private static final String SCHEMA =
      "oes_store_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);

  @BeforeAll
  static void createSchema() throws Exception {
    try (Connection c = DriverManager.getConnection(SERVER, USER, "");
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + SCHEMA);
    }
    JdbcOrderStore.postgres(schemaUrl(), USER, "").close();
  }

  @AfterAll
  static void dropSchema() throws Exception {
    try (Connection c = DriverManager.getConnection(SERVER, USER, "");
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
    }
  }

  private static String schemaUrl() {
    return SERVER + "?currentSchema=" + SCHEMA;
  }

  @Override
  protected JdbcOrderStore openStore() {
    return JdbcOrderStore.postgres(schemaUrl(), USER, "");
  }

  @Override
  protected Connection rawConnection() throws Exception {
    return DriverManager.getConnection(schemaUrl(), USER, "");
  }

  @Test
  void opensFromADatabaseUrlWithCredentialsInIt() {
    String url = "postgres://" + USER + ":@127.0.0.1:5432/test?currentSchema=" + SCHEMA;
    try (JdbcOrderStore other = JdbcOrderStore.postgres(url, null, null)) {
      assertThat(other.health().healthy()).isTrue();
      assertThat(other.lastSequence()).isEqualTo(store.lastSequence());
    }
  }
}
