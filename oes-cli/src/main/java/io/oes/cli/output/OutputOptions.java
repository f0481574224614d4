package io.oes.cli.output;

import picocli.CommandLine.Option;

/** {@code --json}: machine output instead of a table; mixed into every client command. */
public final class OutputOptions {

  @Option(names = "--json",
      description = "Print JSON (protobuf's canonical mapping) instead of a table.")
  private boolean json;

  public boolean json() {
    return json;
  }
}
