package io.oes.cli;

import picocli.CommandLine.Command;

/** {@code oes version}: prints the version, for scripts. */
@Command(name = "version", description = "Print the version of oes.")
final class VersionCommand implements Runnable {

  @Override
  public void run() {
    System.out.println(OesVersion.current());
  }
}
