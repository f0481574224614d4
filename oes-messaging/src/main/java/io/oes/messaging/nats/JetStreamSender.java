package io.oes.messaging.nats;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import io.oes.core.feed.OrderEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Publishes into a JetStream stream over {@code orders.updates.>} and {@code orders.fills.>}
 * (created when missing) and waits for every acknowledgement. Each message carries a stable id
 * ({@code Nats-Msg-Id}: {@code oes-<sequence>-u} for the update, {@code oes-<sequence>-f} for
 * the fill), so a batch sent again after a failure is stored once: the stream holds every event
 * once, in order.
 *
 * <p>The stream forgets ids after its duplicate window. So that a batch resent later than that
 * (after a long outage or a crash) is not stored twice, the first batch on each connection
 * starts after the stream's last message when that message is one of the batch's, byte for
 * byte ({@link StreamTail}).
 */
final class JetStreamSender implements BatchSender {
  /** How long the stream remembers message ids to drop resent duplicates. */
  private static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);

  private final String stream;
  private final Duration confirmTimeout;
  private Connection prepared;
  private StreamTail.Last tail;

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
        JetStreamManagement jsm = connection.jetStreamManagement();
        ensureStream(jsm);
        tail = StreamTail.read(jsm, stream);
        prepared = connection;
      }
      List<StreamTail.Part> parts = StreamTail.parts(batch);
      publish(connection.jetStream(), parts.subList(StreamTail.resumeIndex(parts, tail),
          parts.size()));
      tail = null;
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

  private void publish(JetStream js, List<StreamTail.Part> parts) throws Exception {
    List<CompletableFuture<PublishAck>> acks = new ArrayList<>(parts.size());
    for (StreamTail.Part part : parts) {
      acks.add(js.publishAsync(part.subject(), part.data(), options(part.messageId())));
    }
    CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
        .get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private PublishOptions options(String messageId) {
    return PublishOptions.builder().messageId(messageId).expectedStream(stream).build();
  }

  /**
   * Creates the stream when missing. A stream that an earlier oes created over {@code orders.>}
   * is narrowed to the event subjects: over {@code orders.requests.*} it would store each order
   * request and answer it with an acknowledgement before the gateway's reply.
   */
  private void ensureStream(JetStreamManagement jsm) throws IOException, JetStreamApiException {
    StreamInfo info;
    try {
      info = jsm.getStreamInfo(stream);
    } catch (JetStreamApiException e) {
      if (e.getErrorCode() != 404) {
        throw e;
      }
      jsm.addStream(StreamConfiguration.builder()
          .name(stream)
          .subjects(NatsSubjects.EVENTS)
          .storageType(StorageType.File)
          .duplicateWindow(DUPLICATE_WINDOW)
          .build());
      return;
    }
    StreamConfiguration config = info.getConfiguration();
    if (config.getSubjects().equals(List.of(NatsSubjects.FORMER_STREAM_SUBJECT))) {
      jsm.updateStream(StreamConfiguration.builder(config).subjects(NatsSubjects.EVENTS).build());
    }
  }
}
