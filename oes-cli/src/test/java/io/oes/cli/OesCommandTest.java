package io.oes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class OesCommandTest {


  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void helpListsTheCommands() {
    CliRun help = run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("serve").contains("sim").contains("version")
        .contains("order").contains("watch").contains("health").contains("services");
  }

  @ParameterizedTest
  @ValueSource(strings = {"serve", "sim", "order", "order create", "order cancel", "order amend",
      "order get", "order list", "watch", "health", "services", "version"})
  void everyCommandExplainsItselfOnHelp(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    CliRun help = run(args.toArray(String[]::new));
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: oes " + command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"serve", "sim", "order", "watch", "health", "services", "bench", "key",
      "version"})
  void aCommandReadsTheSameAloneAsAmongAllTheOthers(String command) {
    StringWriter alone = new StringWriter();
    StringWriter amongAll = new StringWriter();
    OesCommand.commandLine(command).getSubcommands().get(command).usage(new PrintWriter(alone));
    OesCommand.commandLine().getSubcommands().get(command).usage(new PrintWriter(amongAll));
    assertThat(alone.toString()).isEqualTo(amongAll.toString()).contains("Usage: oes " + command);
  }

  @Test
  void onlyServeAloneStartsWithoutTheParser() {
    assertThat(OesCommand.isPlainServe(new String[] {"serve"})).isTrue();
    assertThat(List.of(new String[] {"serve", "--check"}, new String[] {"serve", "--help"},
        new String[] {"serve", "-c", "x.yaml"}, new String[] {}, new String[] {"sim"},
        new String[] {"Serve"}))
        .noneMatch(OesCommand::isPlainServe);
  }

  @Test
  void aClientCommandWithAMalformedTargetIsAUsageError() {
    CliRun bad = run("order", "list", "--target", "nowhere");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--target").contains("not host:port");
  }

  @Test
  void anUnreachableGatewayFailsTheCallWithItsStatus() {
    CliRun down = run("order", "list", "--target", "127.0.0.1:1", "--timeout-ms", "3000");
    assertThat(down.exitCode()).isEqualTo(1);
    assertThat(down.err()).startsWith("oes order list: UNAVAILABLE");
  }

  @Test
  void aConfigurationThatLoadsPassesTheCheckWithoutStarting(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("ok.yaml");
    Files.writeString(config, "server:\n  grpc_port: 50999\n");
    CliRun check = run("serve", "--config", config.toString(), "--check");
    assertThat(check.exitCode()).isZero();
    assertThat(check.out()).contains("configuration valid").contains("50999");
  }

  @Test
  void aSimulatorAccountWithoutItsSecretIsAUsageError() {
    CliRun bad = run("sim", "--port", "0", "--account", "key-only");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--account takes KEY:SECRET, got key-only");
  }

  @Test
  void noCommandIsAUsageErrorThatSaysWhatIsNeeded() {
    CliRun none = run();
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("a command is needed").contains("Usage: oes");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun bad = run("serve", "--frobnicate");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--frobnicate");
  }

  @Test
  void anInvalidConfigurationStopsServeWithOneLinePerProblem(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("bad.yaml");
    Files.writeString(config, """
        server:
          grpc_port: 70000
        exchange:
          mode: paper
        """);
    CliRun serve = run("serve", "--config", config.toString());
    assertThat(serve.exitCode()).isEqualTo(2);
    assertThat(serve.err()).contains("server.grpc_port").contains("70000")
        .contains("exchange.mode").contains("paper");
  }
}
