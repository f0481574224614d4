package io.oes.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.io.TempDir;

/** The saved state and the start-up history on an embedded SQLite file. */
class SqliteAccountStateTest extends AccountStateContractTest {
  @TempDir static Path directory;

  @Override
  protected JdbcOrderStore openStore() {
    return JdbcOrderStore.sqlite(directory);
  }

  @Override
  protected Connection rawConnection() throws Exception {
    return DriverManager.getConnection("jdbc:sqlite:" + EmbeddedFiles.database(directory));
  }
}
