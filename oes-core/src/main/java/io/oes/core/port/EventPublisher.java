package io.oes.core.port;

import io.oes.core.feed.OrderEvent;

/**
 * Publishes order changes to the platform's event bus (b25 subjects). Called in sequence
 * order; must not block the caller for long, and must keep what it cannot send yet.
 */
public interface EventPublisher {

  void publish(OrderEvent event);
}
