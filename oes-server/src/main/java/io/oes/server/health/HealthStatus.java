package io.oes.server.health;

import java.util.Locale;

/** How well something works, from best to worst. */
public enum HealthStatus {
  /** Works as intended. */
  HEALTHY,
  /** Works, with something missing or strained (e.g. the cache is down, orders still flow). */
  DEGRADED,
  /** Does not work. */
  UNHEALTHY;

  /** The word used on the wire: {@code healthy}, {@code degraded}, {@code unhealthy}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The worse of the two. */
  public HealthStatus worst(HealthStatus other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
