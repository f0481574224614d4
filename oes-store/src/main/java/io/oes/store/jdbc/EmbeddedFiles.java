package io.oes.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded store's files in its directory: {@code oes.db}, with SQLite's {@code oes.db-wal}
 * and {@code oes.db-shm} beside it while it is open.
 */
final class EmbeddedFiles {
  static final String DATABASE = "oes.db";
  /** The file of the H2 store that earlier versions kept in the same directory. */
  static final String FORMER_H2_DATABASE = "oes.mv.db";

  private EmbeddedFiles() {}

  static Path database(Path directory) {
    return directory.toAbsolutePath().resolve(DATABASE);
  }

  /**
   * Creates {@code directory} if needed. Refuses a directory that still holds the former H2
   * store: starting beside it with an empty database would leave its orders unseen, and an
   * order open on the exchange would come back at reconciliation without its user.
   */
  static void prepare(Path directory) {
    Path former = directory.toAbsolutePath().resolve(FORMER_H2_DATABASE);
    if (Files.exists(former) && !Files.exists(database(directory))) {
      throw new StoreException(former + " is an H2 store of an earlier version, which this"
          + " version does not read (H2 lost committed transactions to a killed process; the"
          + " embedded store is SQLite now, " + DATABASE + "). Let its orders close or cancel"
          + " them, then move the file out of " + directory.toAbsolutePath() + " and start"
          + " again: the gateway starts with an empty store and adopts any order still open on"
          + " the exchange", null);
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the store's directory " + directory, e);
    }
  }
}
