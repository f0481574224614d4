package io.oes.server.health;

/**
 * One check's result as reported by {@code /health}.
 *
 * @param name the check's name
 * @param status what it found
 * @param message why
 * @param durationMs how long the check took, in milliseconds
 * @param criticality whether its failure makes the whole gateway unhealthy
 */
public record CheckReport(
    String name, HealthStatus status, String message, long durationMs, Criticality criticality) {}
