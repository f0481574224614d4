package io.oes.cli.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.cli.CliRun;
import io.oes.cli.TestGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code oes trading} against a real gateway, as an operator on call runs it. */
class TradingCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestGateway gateway;

  @BeforeAll
  static void startGateway() {
    gateway = TestGateway.start();
  }

  @AfterAll
  static void stopGateway() {
    gateway.close();
  }

  private static CliRun oes(String... args) {
    return gateway.run(args);
  }

  @Test
  void anOperatorReducesHaltsAndResumesTradingAndSeesTheMode() throws Exception {
    CliRun reduced = oes("trading", "reduce", "--reason", "winding down");
    assertThat(reduced.exitCode()).as(reduced.err()).isZero();
    assertThat(reduced.out()).contains("MODE").contains("REDUCING").contains("winding down");

    CliRun status = oes("trading", "status", "--json");
    assertThat(status.exitCode()).as(status.err()).isZero();
    JsonNode json = JSON.readTree(status.out());
    assertThat(json.path("mode").asText()).isEqualTo("REDUCING");
    assertThat(json.path("reason").asText()).isEqualTo("winding down");

    assertThat(oes("trading", "halt", "--reason", "incident").out()).contains("HALTED");
    CliRun resumed = oes("trading", "resume");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("ACTIVE");
  }

  @Test
  void aChangeWithoutAReasonIsAUsageError() {
    CliRun run = oes("trading", "reduce");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--reason");
  }
}
