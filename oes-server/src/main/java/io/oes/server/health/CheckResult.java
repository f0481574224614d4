package io.oes.server.health;

import java.util.Objects;

/**
 * What one check found.
 *
 * @param status how well the checked thing works
 * @param message a short explanation for operators; never a secret
 */
public record CheckResult(HealthStatus status, String message) {

  public CheckResult {
    Objects.requireNonNull(status, "status");
    message = message == null ? "" : message;
  }

  public static CheckResult healthy(String message) {
    return new CheckResult(HealthStatus.HEALTHY, message);
  }

  public static CheckResult degraded(String message) {
    return new CheckResult(HealthStatus.DEGRADED, message);
  }

  public static CheckResult unhealthy(String message) {
    return new CheckResult(HealthStatus.UNHEALTHY, message);
  }
}
