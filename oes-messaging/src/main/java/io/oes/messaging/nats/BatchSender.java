package io.oes.messaging.nats;

import io.nats.client.Connection;
import io.oes.core.feed.OrderEvent;
import io.oes.messaging.json.B25Json;
import java.util.List;

/**
 * Sends one batch of events and returns only once the server has them; throws otherwise, and
 * the batch is sent again. Core NATS confirms with a flush, JetStream with acknowledgements.
 */
interface BatchSender {

  void send(Connection connection, List<OrderEvent> batch) throws Exception;

  /** Whether a failed send should start over on a fresh connection. */
  default boolean renewsConnectionOnFailure() {
    return false;
  }

  /** The update payload of {@code event}. */
  static byte[] update(OrderEvent event) {
    return B25Json.event(event);
  }

  /** The fill payload of {@code event}; only for events with a fill. */
  static byte[] fill(OrderEvent event) {
    return B25Json.fill(event.fill(), event.sequence());
  }

  static void requireConnected(Connection connection) {
    if (connection.getStatus() != Connection.Status.CONNECTED) {
      throw new IllegalStateException("NATS connection is " + connection.getStatus());
    }
  }
}
