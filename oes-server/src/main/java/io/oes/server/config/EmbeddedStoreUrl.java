package io.oes.server.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The embedded store's URL, {@code jdbc:sqlite:DIR/oes.db}: it names a folder, in which the
 * store keeps the file {@code oes.db}. Any other file name or URL option is refused rather than
 * ignored, since the store sets its own durability options.
 */
public final class EmbeddedStoreUrl {
  private static final String PREFIX = "jdbc:sqlite:";
  private static final String FILE = "oes.db";
  /** Without a URL, the store lives in ./data of the working folder. */
  private static final Path DEFAULT_DIRECTORY = Path.of("data");

  private EmbeddedStoreUrl() {}

  static boolean isValid(String url) {
    return file(url).map(f -> f.getFileName().toString().equals(FILE)).orElse(false);
  }

  /** The folder {@code url} names (validated by the configuration), or ./data without one. */
  public static Path directory(Optional<String> url) {
    return url.flatMap(EmbeddedStoreUrl::file)
        .map(f -> f.getParent() == null ? Path.of(".") : f.getParent())
        .orElse(DEFAULT_DIRECTORY);
  }

  private static Optional<Path> file(String url) {
    if (!url.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      return Optional.empty();
    }
    String path = url.substring(PREFIX.length());
    if (path.isBlank() || path.contains("?") || path.startsWith(":")) {
      return Optional.empty();
    }
    return Optional.of(Path.of(path));
  }
}
