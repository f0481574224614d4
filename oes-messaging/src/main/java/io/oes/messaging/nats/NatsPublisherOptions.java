package io.oes.messaging.nats;

import java.time.Duration;

/**
 * Settings of a {@link JournalRelay}.
 *
 * @param url the server, e.g. {@code nats://127.0.0.1:4222} (b25's {@code NATS_ADDRESS}); may
 *     be a comma-separated list and carry credentials
 * @param jetStream whether to publish into a JetStream stream (acknowledged, deduplicated by
 *     message id) rather than plain core NATS
 * @param streamName the stream over {@code orders.>}, created when missing
 * @param batchSize most events read from the journal and sent before waiting for the server's
 *     confirmation
 * @param reconnectWait pause between reconnect attempts (forever), and the longest pause
 *     between two attempts to resend after a failure
 * @param confirmTimeout how long to wait for a batch's flush or acknowledgements
 * @param gapWait how long a hole in the journal's sequence (a number never committed) holds
 *     back the events after it before it is skipped
 */
public record NatsPublisherOptions(
    String url,
    boolean jetStream,
    String streamName,
    int batchSize,
    Duration reconnectWait,
    Duration confirmTimeout,
    Duration gapWait) {

  public NatsPublisherOptions {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive, got " + batchSize);
    }
  }

  /** Core NATS at {@code url}, batches of 256, 1 s reconnects, 5 s confirmations and gaps. */
  public static NatsPublisherOptions defaults(String url) {
    return new NatsPublisherOptions(url, false, "ORDERS", 256, Duration.ofSeconds(1),
        Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  public NatsPublisherOptions withJetStream(String stream) {
    return new NatsPublisherOptions(url, true, stream, batchSize, reconnectWait, confirmTimeout,
        gapWait);
  }

  public NatsPublisherOptions withReconnectWait(Duration wait) {
    return new NatsPublisherOptions(url, jetStream, streamName, batchSize, wait, confirmTimeout,
        gapWait);
  }

  public NatsPublisherOptions withBatchSize(int size) {
    return new NatsPublisherOptions(url, jetStream, streamName, size, reconnectWait,
        confirmTimeout, gapWait);
  }

  public NatsPublisherOptions withGapWait(Duration wait) {
    return new NatsPublisherOptions(url, jetStream, streamName, batchSize, reconnectWait,
        confirmTimeout, wait);
  }

  /**
   * The durable cursor of this destination: {@code nats} for core subjects, {@code
   * nats:STREAM} for a JetStream stream, so a stream added later starts with its own position.
   */
  public String cursorName() {
    return jetStream ? "nats:" + streamName : "nats";
  }
}
