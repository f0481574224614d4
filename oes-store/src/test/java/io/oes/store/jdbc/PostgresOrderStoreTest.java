package io.oes.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on the PostgreSQL server of this machine (127.0.0.1:5432, database
 * {@code test}), in a schema of its own that is dropped afterwards.
 */
class PostgresOrderStoreTest extends JdbcOrderStoreQueryContractTest {
  private static PostgresSchema schema;

  @BeforeAll
  static void createSchema() throws Exception {
    schema = PostgresSchema.create("oes_store_test_");
    JdbcOrderStore.postgres(schema.url(), PostgresSchema.USER, "").close();
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

  @Test
  void opensFromADatabaseUrlWithCredentialsInIt() {
    String url = "postgres://" + PostgresSchema.USER + ":@127.0.0.1:5432/test?currentSchema="
        + schema.name();
    try (JdbcOrderStore other = JdbcOrderStore.postgres(url, null, null)) {
      assertThat(other.health().healthy()).isTrue();
      assertThat(other.lastSequence()).isEqualTo(store.lastSequence());
    }
  }
}
