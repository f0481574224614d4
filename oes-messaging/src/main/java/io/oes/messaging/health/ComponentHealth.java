package io.oes.messaging.health;

/**
 * What a cache or event-bus adapter reports about itself. Losing either degrades the gateway
 * but never stops orders, so {@code up == false} maps to "degraded", not "unhealthy".
 *
 * @param name the dependency, e.g. {@code redis} or {@code nats}
 * @param up whether the server answers and the last operations succeeded
 * @param durationMillis how long the probe took
 * @param backlog items waiting to be delivered (journal events NATS has not confirmed); 0 for
 *     the cache
 * @param failures operations failed since start
 * @param message what went wrong, or a short summary when all is well; never a password
 */
public record ComponentHealth(
    String name, boolean up, long durationMillis, long backlog, long failures, String message) {}
