package io.oes.cli.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd unit as scripts/deploy.sh installs it, checked by systemd's own {@code
 * systemd-analyze verify} (.ci/run does the same against a real install).
 */
class SystemdUnitTest {

  @TempDir
  Path root;

  @Test
  void theInstalledUnitPassesSystemdAnalyzeVerifyWithoutARemark() throws IOException {
    assumeTrue(Shell.run(root, Map.of(), List.of("sh", "-c", "command -v systemd-analyze"))
        .exitCode() == 0, "systemd-analyze is not installed here (.ci/run installs it)");
    Path oes = Files.createDirectories(root.resolve("opt/oes/bin")).resolve("oes");
    Files.writeString(oes, "#!/bin/sh\n");
    oes.toFile().setExecutable(true);
    Files.writeString(Files.createDirectories(root.resolve("etc/oes")).resolve("oes.env"), "");
    Files.createDirectories(root.resolve("var/oes"));
    Shell unit = Shell.run(RepositoryFiles.path("."), Map.of(), List.of("bash",
        "scripts/deploy.sh", "--print-unit", "--prefix", root.resolve("opt/oes").toString(),
        "--config-dir", root.resolve("etc/oes").toString(),
        "--data-dir", root.resolve("var/oes").toString()));
    assertThat(unit.exitCode()).as(unit.output()).isZero();
    Path file = Files.createDirectories(root.resolve("unit")).resolve("order-execution.service");
    Files.writeString(file, unit.output());

    Shell verify = Shell.run(root, Map.of(), List.of("systemd-analyze", "verify",
        file.toString()));

    assertThat(unit.output()).contains("ExecStart=" + oes + " serve");
    assertThat(verify.exitCode()).as(verify.output()).isZero();
    // verify reports unknown keys and bad values but still exits 0
    assertThat(verify.output()).isEmpty();
  }
}
