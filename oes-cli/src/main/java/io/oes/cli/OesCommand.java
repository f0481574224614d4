package io.oes.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code oes}: the entry point; each subcommand is one thing an operator does. */
@Command(
    name = "oes",
    mixinStandardHelpOptions = true,
    versionProvider = OesVersion.class,
    description = "Order Execution Service: a gRPC order gateway for Binance USD-M Futures.",
    subcommands = {ServeCommand.class, SimCommand.class, VersionCommand.class})
public final class OesCommand implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is needed: serve, sim or version");
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new OesCommand()).execute(args));
  }
}
