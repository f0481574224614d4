package io.oes.server.config;

import java.util.Optional;

/**
 * The event bus for order updates and fills.
 *
 * @param type memory or nats
 * @param address a {@code nats://} URL; present for nats
 * @param jetStream the JetStream stream (over {@code orders.>}) to publish into, for durable
 *     replay; empty: core NATS subjects only
 */
public record EventsConfig(EventsType type, Optional<String> address, Optional<String> jetStream) {

  public static final String DEFAULT_NATS_ADDRESS = "nats://localhost:4222";

  // The address may carry a password.
  @Override
  public String toString() {
    return "EventsConfig[type=" + type + ", address=" + address.map(Redaction::address)
        + ", jetStream=" + jetStream + "]";
  }
}
