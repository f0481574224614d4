package io.oes.cli.key;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code oes serve --check} reports on a configuration without ever printing its secrets. */
class ServeCheckKeepsSecretsTest {

  private static final String PLANTED = "PLANTED-check-s3cr3t-9e8d7c";

  @TempDir
  Path dir;

  @Test
  void aValidConfigurationsSummaryHoldsNoSecret() throws Exception {
    Path config = Files.writeString(dir.resolve("oes.yaml"), "exchange:\n  accounts:\n"
        + "    - {id: main, api_key: '" + PLANTED + "-k', secret_key: '" + PLANTED + "'}\n");

    CliRun run = CliRun.of("serve", "--config", config.toString(), "--check");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("configuration valid");
    assertThat(run.out() + run.err()).doesNotContain(PLANTED);
  }

  @Test
  void anInvalidConfigurationsProblemsHoldNoSecret() throws Exception {
    Path config = Files.writeString(dir.resolve("oes.yaml"), "exchange:\n  mode: paper\n"
        + "  accounts:\n    - {id: 'bad id!', api_key: '" + PLANTED + "-k', secret_key: ["
        + PLANTED + "]}\n");

    CliRun run = CliRun.of("serve", "--config", config.toString(), "--check");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("invalid configuration", "exchange.mode");
    assertThat(run.out() + run.err()).doesNotContain(PLANTED);
  }
}
