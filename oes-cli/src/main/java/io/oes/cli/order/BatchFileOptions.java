package io.oes.cli.order;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of a batch command: the file of items, its format, and the items' default user. */
final class BatchFileOptions {

  @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE",
      description = "The items: JSON (an array of objects) or CSV (a header row).")
  Path file;

  @Option(names = "--format", paramLabel = "json|csv",
      description = "The file's format (default: from its name, .json or .csv, else its first "
          + "character: '[' is JSON).")
  BatchFile.Format format;

  @Option(names = "--user", defaultValue = "${env:OES_USER:-}",
      description = "User of the items that name no user_id (env OES_USER).")
  String user;
}
