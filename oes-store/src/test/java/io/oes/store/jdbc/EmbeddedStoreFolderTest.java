package io.oes.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the embedded store does with the folder it is given, and how it opens its file. */
class EmbeddedStoreFolderTest {
  @TempDir Path folder;

  @Test
  void createsTheFolderAndItsDatabaseWhenNeitherExists() {
    Path data = folder.resolve("a").resolve("data");

    JdbcOrderStore.sqlite(data).close();

    assertThat(data.resolve("oes.db")).isRegularFile();
  }

  @Test
  void everyConnectionOfTheStoreSyncsEachCommitToTheDiskInWalMode() throws Exception {
    JdbcOrderStore.sqlite(folder).close();
    try (HikariDataSource pool = DataSources.sqlite(folder, JdbcStoreOptions.defaults());
        Connection connection = pool.getConnection();
        Statement st = connection.createStatement()) {
      assertThat(pragma(st, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(st, "synchronous")).isEqualTo("2"); // FULL
    }
  }

  private static String pragma(Statement st, String name) throws Exception {
    try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void refusesAFolderThatHoldsTheFormerH2StoreSayingWhatToDo() throws Exception {
    Files.writeString(folder.resolve("oes.mv.db"), "H2 file");

    assertThatThrownBy(() -> JdbcOrderStore.sqlite(folder))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(folder.resolve("oes.mv.db").toString())
        .hasMessageContaining("does not read")
        .hasMessageContaining("move the file out of");
    assertThat(folder.resolve("oes.db")).doesNotExist();
  }

  @Test
  void opensItsOwnDatabaseOnceTheFormerFileHasBeenDealtWith() throws Exception {
    JdbcOrderStore.sqlite(folder).close();
    Files.writeString(folder.resolve("oes.mv.db"), "H2 file, kept for reference");

    JdbcOrderStore.sqlite(folder).close();

    assertThat(folder.resolve("oes.db")).isRegularFile();
  }
}
