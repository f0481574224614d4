package io.oes.cli;

import io.oes.cli.bench.BenchCommand;
import io.oes.cli.client.CallFailureHandler;
import io.oes.cli.key.KeyCommand;
import io.oes.cli.order.OrderCommand;
import io.oes.cli.order.WatchCommand;
import io.oes.cli.probe.HealthCommand;
import io.oes.cli.probe.ServicesCommand;
import io.oes.server.config.LogSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * {@code oes}: the entry point; each subcommand is one thing an operator does. Exit codes, for
 * scripts: 0 done, 1 the call failed (the gRPC status on standard error), 2 usage error.
 */
@Command(
    name = "oes",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = OesVersion.class,
    description = "Order Execution Service: a gRPC order gateway for Binance USD-M Futures.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:the call failed (gRPC status on stderr)", "2:usage error"},
    subcommands = {ServeCommand.class, SimCommand.class, OrderCommand.class, WatchCommand.class,
        HealthCommand.class, ServicesCommand.class, BenchCommand.class, KeyCommand.class,
        VersionCommand.class})
public final class OesCommand implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is needed: serve, sim, order, watch, health, services, key, bench or version");
  }

  /** The command line as {@link #main} runs it: enums in any case, failed calls exit 1. */
  public static CommandLine commandLine() {
    return new CommandLine(new OesCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new CallFailureHandler());
  }

  public static void main(String[] args) {
    int exitCode = commandLine().execute(args);
    LogSettings.flush();
    System.exit(exitCode);
  }
}
