package io.oes.messaging.nats;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.oes.core.feed.OrderEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Publishes into a JetStream stream over {@code orders.>} (created when missing) and waits for
 * every acknowledgement. Each message carries an id made of the event's sequence, so a batch
 * sent again after a failure is stored once: the stream holds every event once, in order.
 */
final class JetStreamSender implements BatchSender {
  /** How long the stream remembers message ids to drop resent duplicates. */
  private static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);

  private final String stream;
  private final Duration confirmTimeout;
  private Connection prepared;

  JetStreamSender(String stream, Duration confirmTimeout) {
    this.stream = stream;
    this.confirmTimeout = confirmTimeout;
  }

  /**
   * After any failure the stream is checked again before the next send: the server that comes
   * back may have lost it (or be another server), and publishing to a missing stream only
   * times out.
   */
  @Override
  public void send(Connection connection, List<OrderEvent> batch) throws Exception {
    BatchSender.requireConnected(connection);
    try {
      if (prepared != connection) {
        ensureStream(connection.jetStreamManagement());
        prepared = connection;
      }
      publish(connection.jetStream(), batch);
    } catch (Exception e) {
      prepared = null;
      throw e;
    }
  }

  /**
   * Acknowledgements that went missing across a server restart do not come back on the
   * reconnected connection; a fresh one gets them again.
   */
  @Override
  public boolean renewsConnectionOnFailure() {
    return true;
  }

  private void publish(JetStream js, List<OrderEvent> batch) throws Exception {
    List<CompletableFuture<PublishAck>> acks = new ArrayList<>(batch.size() * 2);
    for (OrderEvent event : batch) {
      String symbol = event.order().symbol();
      acks.add(js.publishAsync(NatsSubjects.updates(symbol), BatchSender.update(event),
          options("oes-" + event.sequence() + "-u")));
      if (event.fill() != null) {
        acks.add(js.publishAsync(NatsSubjects.fills(symbol), BatchSender.fill(event),
            options("oes-" + event.sequence() + "-f")));
      }
    }
    CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
        .get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private PublishOptions options(String messageId) {
    return PublishOptions.builder().messageId(messageId).expectedStream(stream).build();
  }

  private void ensureStream(JetStreamManagement jsm) throws IOException, JetStreamApiException {
    try {
      jsm.getStreamInfo(stream);
    } catch (JetStreamApiException e) {
      if (e.getErrorCode() != 404) {
        throw e;
      }
      jsm.addStream(StreamConfiguration.builder()
          .name(stream)
          .subjects(NatsSubjects.ALL)
          .storageType(StorageType.File)
          .duplicateWindow(DUPLICATE_WINDOW)
          .build());
    }
  }
}
