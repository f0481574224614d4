package io.oes.server.health;

/** What a failing check does to the gateway's overall health. */
public enum Criticality {
  /** Without it the gateway cannot do its job: unhealthy makes the gateway unhealthy. */
  CRITICAL,
  /** The gateway works without it, worse: unhealthy makes the gateway degraded. */
  NON_CRITICAL
}
