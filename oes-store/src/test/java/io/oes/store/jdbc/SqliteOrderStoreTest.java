package io.oes.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded SQLite file in a temporary directory. */
class SqliteOrderStoreTest extends JdbcOrderStoreQueryContractTest {
  @TempDir static Path directory;

  @BeforeAll
  static void createSchema() {
    JdbcOrderStore.sqlite(directory).close();
  }

  @Override
  protected JdbcOrderStore openStore() {
    return JdbcOrderStore.sqlite(directory);
  }

  @Override
  protected Connection rawConnection() throws Exception {
    return DriverManager.getConnection("jdbc:sqlite:" + EmbeddedFiles.database(directory));
  }
}
