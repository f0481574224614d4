package io.oes.cli.client;

import picocli.CommandLine;

/**
 * A {@code host:port} address as given on the command line; IPv6 hosts are written in brackets
 * ({@code [::1]:50051}).
 */
public record HostPort(String host, int port) {

  /**
   * Parses {@code text}; a malformed address is a usage error of {@code option} (exit code 2).
   */
  public static HostPort parse(String text, String option, CommandLine command) {
    int colon = text.lastIndexOf(':');
    String host = colon > 0 ? text.substring(0, colon) : "";
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = colon > 0 ? portOf(text.substring(colon + 1)) : -1;
    if (host.isBlank() || port < 1) {
      throw new CommandLine.ParameterException(command,
          option + ": '" + text + "' is not host:port (e.g. 127.0.0.1:50051)");
    }
    return new HostPort(host, port);
  }

  private static int portOf(String text) {
    try {
      int port = Integer.parseInt(text);
      return port <= 65_535 ? port : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The address as a URL authority, brackets restored for IPv6. */
  public String authority() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
