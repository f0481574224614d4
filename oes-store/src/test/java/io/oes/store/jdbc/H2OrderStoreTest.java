package io.oes.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded H2 file in a temporary directory. */
class H2OrderStoreTest extends JdbcOrderStoreQueryContractTest {
  @TempDir static Path directory;

  @BeforeAll
  static void createSchema() {
    JdbcOrderStore.h2(directory).close();
  }

  @Override
  protected JdbcOrderStore openStore() {
    return JdbcOrderStore.h2(directory);
  }

  @Override
  protected Connection rawConnection() throws Exception {
    return DriverManager.getConnection(DataSources.h2Url(directory), "sa", "");
  }
}
