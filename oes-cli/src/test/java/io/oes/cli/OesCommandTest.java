package io.oes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OesCommandTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new OesCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpListsTheCommands() {
    Run help = run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("serve").contains("sim").contains("version");
  }

  @Test
  void noCommandIsAUsageErrorThatSaysWhatIsNeeded() {
    Run none = run();
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("a command is needed").contains("Usage: oes");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run bad = run("serve", "--frobnicate");
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
    Run serve = run("serve", "--config", config.toString());
    assertThat(serve.exitCode()).isEqualTo(2);
    assertThat(serve.err()).contains("server.grpc_port").contains("70000")
        .contains("exchange.mode").contains("paper");
  }
}
