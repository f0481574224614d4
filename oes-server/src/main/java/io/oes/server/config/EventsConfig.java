package io.oes.server.config;

import java.util.Optional;

/**
 * The event bus for order updates and fills.
 *
 * @param type memory or nats
 * @param address a {@code nats://} URL; present for nats
 * @param jetStream the JetStream stream (over {@code orders.updates.>} and {@code
 *     orders.fills.>}) to publish into, for durable replay; empty: core NATS subjects only
 * @param orderEntry whether orders are also taken over NATS request-reply ({@code
 *     orders.requests.create}, {@code …cancel}, {@code …get}) on the same server; needs nats
 */
public record EventsConfig(EventsType type, Optional<String> address, Optional<String> jetStream,
    boolean orderEntry) {

  public static final String DEFAULT_NATS_ADDRESS = "nats://localhost:4222";

  // The address may carry a password.
  @Override
  public String toString() {
    return "EventsConfig[type=" + type + ", address=" + address.map(Redaction::address)
        + ", jetStream=" + jetStream + ", orderEntry=" + orderEntry + "]";
  }
}
