package io.oes.cli;

import io.oes.cli.bench.BenchCommand;
import io.oes.cli.client.CallFailureHandler;
import io.oes.cli.key.KeyCommand;
import io.oes.cli.order.OrderCommand;
import io.oes.cli.order.WatchCommand;
import io.oes.cli.position.PositionsCommand;
import io.oes.cli.probe.HealthCommand;
import io.oes.cli.probe.ServicesCommand;
import io.oes.cli.trading.TradingCommand;
import io.oes.server.config.LogSettings;
import java.util.List;
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
    exitCodeList = {"0:done", "1:the call failed (gRPC status on stderr)", "2:usage error"})
public final class OesCommand implements Runnable {
  private static final List<Class<?>> SUBCOMMANDS = List.of(ServeCommand.class,
      SimCommand.class, OrderCommand.class, WatchCommand.class, PositionsCommand.class,
      HealthCommand.class, ServicesCommand.class, TradingCommand.class, BenchCommand.class,
      KeyCommand.class, VersionCommand.class);

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is needed: serve, sim, order, watch, health, services, trading, key, bench or"
            + " version");
  }

  /** The whole command line: every command, enums in any case, failed calls exit 1. */
  public static CommandLine commandLine() {
    return commandLine(SUBCOMMANDS);
  }

  /**
   * The command line {@code args} need: only the command they name when they start with one,
   * else every command (help, usage errors). Picocli reads each command's annotations up front,
   * and e.g. {@code oes serve --config FILE} should not wait for the other commands'.
   */
  public static CommandLine commandLine(String... args) {
    if (args.length > 0) {
      for (Class<?> command : SUBCOMMANDS) {
        if (command.getAnnotation(Command.class).name().equals(args[0])) {
          return commandLine(List.of(command));
        }
      }
    }
    return commandLine();
  }

  private static CommandLine commandLine(List<Class<?>> subcommands) {
    CommandLine cli = new CommandLine(new OesCommand());
    subcommands.forEach(cli::addSubcommand);
    return cli.setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new CallFailureHandler());
  }

  public static void main(String[] args) throws Exception {
    int exitCode = isPlainServe(args) ? ServeCommand.serveDefaults()
        : commandLine(args).execute(args);
    LogSettings.flush();
    System.exit(exitCode);
  }

  /**
   * Whether {@code args} are {@code serve} alone, the embedded default: nothing to parse, so
   * the gateway starts without picocli, whose classes (compiled for Java 5, so verified the
   * slow way and never archived for start-up) take a large share of the start.
   */
  static boolean isPlainServe(String[] args) {
    return args.length == 1 && args[0].equals("serve");
  }
}
