package io.oes.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SystemHealthCheckTest {

  private static final long MIB = 1024 * 1024;

  static Stream<Arguments> usages() {
    return Stream.of(
        Arguments.of(new SystemUsage(100 * MIB, 1000 * MIB, 40), HealthStatus.HEALTHY,
            "heap 100/1000 MiB (10%), 40 threads"),
        Arguments.of(new SystemUsage(900 * MIB, 1000 * MIB, 40), HealthStatus.HEALTHY,
            "heap 900/1000 MiB (90%), 40 threads"),
        Arguments.of(new SystemUsage(950 * MIB, 1000 * MIB, 40), HealthStatus.DEGRADED,
            "heap 950/1000 MiB (95%), 40 threads: heap above 90%"),
        Arguments.of(new SystemUsage(100 * MIB, 1000 * MIB, 501), HealthStatus.DEGRADED,
            "heap 100/1000 MiB (10%), 501 threads: more than 500 threads"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("usages")
  void degradesWhenHeapOrThreadsRunHigh(SystemUsage usage, HealthStatus status, String message) {
    CheckResult result = new SystemHealthCheck(() -> usage, 0.90, 500).check();

    assertThat(result).isEqualTo(new CheckResult(status, message));
  }

  @Test
  void readsTheRunningJvm() {
    SystemHealthCheck check = new SystemHealthCheck();

    assertThat(check.name()).isEqualTo("system");
    assertThat(check.check().status()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(check.check().message()).startsWith("heap ").contains(" threads");
  }
}
