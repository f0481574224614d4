package io.oes.server.nats;

import io.oes.messaging.health.ComponentHealth;
import io.oes.server.health.CheckResult;
import io.oes.server.health.HealthCheck;

/**
 * {@code nats_order_entry} in {@code /health}: degraded while the NATS connection that takes
 * orders is down or not yet subscribed (gRPC still takes them).
 */
public final class NatsOrderEntryCheck implements HealthCheck {
  private final NatsOrderEntry entry;

  public NatsOrderEntryCheck(NatsOrderEntry entry) {
    this.entry = entry;
  }

  @Override
  public String name() {
    return "nats_order_entry";
  }

  @Override
  public CheckResult check() {
    ComponentHealth health = entry.health();
    return health.up() ? CheckResult.healthy(health.message())
        : CheckResult.degraded(health.message());
  }
}
