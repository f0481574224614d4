package io.oes.messaging.nats;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.impl.Headers;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request received by a {@link NatsResponder}: its subject, headers and body, and the one
 * reply it gets. Thread-safe: the reply may be sent from any thread.
 */
public final class NatsRequest {
  private static final Logger LOG = LoggerFactory.getLogger(NatsRequest.class);

  private final Connection connection;
  private final Message message;
  private final AtomicBoolean answered = new AtomicBoolean();

  NatsRequest(Connection connection, Message message) {
    this.connection = connection;
    this.message = message;
  }

  public String subject() {
    return message.getSubject();
  }

  /** The body; empty, never null, when the request has none. */
  public byte[] body() {
    byte[] data = message.getData();
    return data == null ? new byte[0] : data;
  }

  /** Every value of the header {@code name}, whatever its case; empty when absent. */
  public List<String> header(String name) {
    Headers headers = message.getHeaders();
    if (headers == null) {
      return List.of();
    }
    List<String> values = headers.getIgnoreCase(name);
    return values == null ? List.of() : values;
  }

  /**
   * Whether the sender waits for a reply (the message has a reply subject). A plain publish has
   * none: it can be acted on, but its outcome can only be seen elsewhere.
   */
  public boolean expectsReply() {
    String replyTo = message.getReplyTo();
    return replyTo != null && !replyTo.isEmpty();
  }

  /**
   * Sends {@code body} to the reply subject; only the first call sends, and nothing is sent when
   * the request {@linkplain #expectsReply expects no reply}. A reply that cannot be sent (the
   * connection is down) is lost: the requester's own timeout tells it.
   *
   * @return whether this call sent the reply
   */
  public boolean reply(byte[] body) {
    if (!expectsReply() || !answered.compareAndSet(false, true)) {
      return false;
    }
    try {
      connection.publish(message.getReplyTo(), body);
      return true;
    } catch (IllegalStateException e) {
      LOG.debug("Reply to {} not sent: {}", subject(), e.getMessage());
      return false;
    }
  }
}
