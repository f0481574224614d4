package io.oes.messaging.nats;

import io.nats.client.Connection;
import io.oes.core.feed.OrderEvent;
import java.time.Duration;
import java.util.List;

/**
 * Plain NATS subjects, as b25 publishes them. A flush (ping/pong) after the batch proves the
 * server received everything before it; a batch resent after a failure may reach subscribers
 * twice, which the {@code sequence} in every payload lets them spot.
 */
final class CoreSender implements BatchSender {
  private final Duration confirmTimeout;

  CoreSender(Duration confirmTimeout) {
    this.confirmTimeout = confirmTimeout;
  }

  @Override
  public void send(Connection connection, List<OrderEvent> batch) throws Exception {
    BatchSender.requireConnected(connection);
    for (OrderEvent event : batch) {
      String symbol = event.order().symbol();
      connection.publish(NatsSubjects.updates(symbol), BatchSender.update(event));
      if (event.fill() != null) {
        connection.publish(NatsSubjects.fills(symbol), BatchSender.fill(event));
      }
    }
    connection.flush(confirmTimeout);
  }
}
