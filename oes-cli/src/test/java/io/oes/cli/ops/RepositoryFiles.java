package io.oes.cli.ops;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files at the repository's root (where {@code mvnw} is), wherever the test runs from. */
final class RepositoryFiles {

  private RepositoryFiles() {}

  static Path path(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
    }
    return dir.resolve(relative);
  }
}
