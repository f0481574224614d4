package io.oes.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.io.TempDir;

/** The saved state and the start-up history on an embedded H2 file. */
class H2AccountStateTest extends AccountStateContractTest {
  @TempDir static Path directory;

  @Override
  protected JdbcOrderStore openStore() {
    return JdbcOrderStore.h2(directory);
  }

  @Override
  protected Connection rawConnection() throws Exception {
    return DriverManager.getConnection(DataSources.h2Url(directory), "sa", "");
  }
}
