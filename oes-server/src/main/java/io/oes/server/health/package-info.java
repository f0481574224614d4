/**
 * Health of the gateway and its dependencies: {@link io.oes.server.health.HealthCheck}s, each run
 * with a time limit by {@link io.oes.server.health.HealthService}, which aggregates them into
 * healthy / degraded / unhealthy and answers liveness and readiness.
 */
package io.oes.server.health;
