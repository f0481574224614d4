package io.oes.messaging.nats;

import java.time.Duration;

/**
 * Settings of a {@link NatsEventPublisher}.
 *
 * @param url the server, e.g. {@code nats://127.0.0.1:4222} (b25's {@code NATS_ADDRESS}); may
 *     be a comma-separated list and carry credentials
 * @param jetStream whether to publish into a JetStream stream (acknowledged, deduplicated by
 *     message id) rather than plain core NATS
 * @param streamName the stream over {@code orders.>}, created when missing
 * @param outboxCapacity events kept while NATS is unreachable; beyond it new events are dropped
 *     and counted
 * @param batchSize most events sent before waiting for the server's confirmation
 * @param reconnectWait pause between reconnect attempts (forever)
 * @param confirmTimeout how long to wait for a batch's flush or acknowledgements
 */
public record NatsPublisherOptions(
    String url,
    boolean jetStream,
    String streamName,
    int outboxCapacity,
    int batchSize,
    Duration reconnectWait,
    Duration confirmTimeout) {

  public NatsPublisherOptions {
    if (outboxCapacity < 1 || batchSize < 1) {
      throw new IllegalArgumentException("outboxCapacity and batchSize must be positive, got "
          + outboxCapacity + " and " + batchSize);
    }
  }

  /** Core NATS at {@code url}, 1,000,000 events of outbox, batches of 256, 1 s reconnects. */
  public static NatsPublisherOptions defaults(String url) {
    return new NatsPublisherOptions(url, false, "ORDERS", 1_000_000, 256, Duration.ofSeconds(1),
        Duration.ofSeconds(5));
  }

  public NatsPublisherOptions withJetStream(String stream) {
    return new NatsPublisherOptions(url, true, stream, outboxCapacity, batchSize, reconnectWait,
        confirmTimeout);
  }

  public NatsPublisherOptions withReconnectWait(Duration wait) {
    return new NatsPublisherOptions(url, jetStream, streamName, outboxCapacity, batchSize, wait,
        confirmTimeout);
  }

  public NatsPublisherOptions withOutboxCapacity(int capacity) {
    return new NatsPublisherOptions(url, jetStream, streamName, capacity, batchSize,
        reconnectWait, confirmTimeout);
  }
}
