package io.oes.cli;

import picocli.CommandLine;

/** The version written into the jar's manifest by the build ("dev" when run from classes). */
final class OesVersion implements CommandLine.IVersionProvider {

  static String current() {
    String version = OesVersion.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"oes " + current(), "Java " + Runtime.version()};
  }
}
