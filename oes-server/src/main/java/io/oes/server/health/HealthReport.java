package io.oes.server.health;

import java.time.Instant;
import java.util.List;

/**
 * The gateway's health at one moment.
 *
 * @param status the aggregate of all checks
 * @param timestamp when the checks were run
 * @param checks each check's report, in registration order
 */
public record HealthReport(HealthStatus status, Instant timestamp, List<CheckReport> checks) {

  public HealthReport {
    checks = List.copyOf(checks);
  }
}
