package io.oes.cli.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.cli.CliRun;
import io.oes.cli.TestGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code oes health} against a real gateway's HTTP port, and against none. */
class HealthCommandTest {

  private static TestGateway gateway;

  @BeforeAll
  static void startGateway() {
    gateway = TestGateway.start();
  }

  @AfterAll
  static void stopGateway() {
    gateway.close();
  }

  @Test
  void aHealthyGatewayExitsZeroWithATableOfChecks() {
    CliRun health = CliRun.of("health", "--http", gateway.http());
    assertThat(health.exitCode()).as(health.err()).isZero();
    assertThat(health.out()).contains("status: healthy").contains("CHECK")
        .contains("exchange").contains("store").contains("system");
  }

  @Test
  void jsonIsTheReportAsTheGatewaySentIt() {
    CliRun health = CliRun.of("health", "--http", gateway.http(), "--json");
    assertThat(health.exitCode()).isZero();
    assertThat(health.out()).startsWith("{\"status\":\"healthy\"").contains("\"checks\"");
  }

  @Test
  void readyAsksTheReadinessProbe() {
    CliRun ready = CliRun.of("health", "--http", gateway.http(), "--ready");
    assertThat(ready.exitCode()).isZero();
    assertThat(ready.out().strip()).isEqualTo("ready");
  }

  @Test
  void anUnreachableGatewayExitsOneSayingWhere() {
    CliRun down = CliRun.of("health", "--http", "127.0.0.1:1", "--timeout-ms", "2000");
    assertThat(down.exitCode()).isEqualTo(1);
    assertThat(down.err()).startsWith("oes health: cannot reach http://127.0.0.1:1/health");
  }
}
