package io.oes.server.health;

/**
 * A check of one dependency or resource (store, cache, events, exchange, system). {@link
 * #check()} runs on a virtual thread of its own, under a time limit; it may block on I/O and may
 * throw — either way the result is then {@link HealthStatus#UNHEALTHY} with the reason.
 */
public interface HealthCheck {

  /** A stable short name, the key in the {@code /health} JSON: {@code store}, {@code cache}, … */
  String name();

  /** Finds out how the checked thing is doing now. */
  CheckResult check();
}
