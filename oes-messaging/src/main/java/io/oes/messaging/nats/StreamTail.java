package io.oes.messaging.nats;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.StreamState;
import io.nats.client.impl.Headers;
import io.oes.core.feed.OrderEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The messages a batch of events becomes, and where to resume a batch that the stream may
 * already hold in part. The stream's last message marks how far an earlier attempt got when it
 * is one of the batch's messages (same id and same bytes: the same journal, not another
 * history that reused the sequences) and the stream holds the batch's first message as many
 * places before it: then everything up to it is stored and only the rest is sent. The second
 * condition matters: messages of a failed attempt can reach the server out of order (some lost
 * with a dying connection, later ones sent after the reconnect), and resuming after the last
 * of them would skip the lost ones for good. When in doubt the whole batch is sent again; the
 * stream's duplicate window drops what it already holds.
 */
final class StreamTail {
  private static final String MESSAGE_ID = "Nats-Msg-Id";

  private StreamTail() {}

  /** One message: subject, b25 payload and its stable id. */
  record Part(String subject, byte[] data, String messageId) {}

  /**
   * The stream's last message, as far as resuming needs it, and a way to read the id of the
   * message at any earlier stream sequence.
   */
  record Last(String messageId, byte[] data, long streamSequence, MessageIds earlier) {}

  /** The {@code Nats-Msg-Id} of the stream's message at a sequence, or null. */
  @FunctionalInterface
  interface MessageIds {
    String at(long streamSequence);
  }

  /** The update, then the fill if any, of each event, in sequence order. */
  static List<Part> parts(List<OrderEvent> batch) {
    List<Part> parts = new ArrayList<>(batch.size() * 2);
    for (OrderEvent event : batch) {
      String symbol = event.order().symbol();
      parts.add(new Part(NatsSubjects.updates(symbol), BatchSender.update(event),
          "oes-" + event.sequence() + "-u"));
      if (event.fill() != null) {
        parts.add(new Part(NatsSubjects.fills(symbol), BatchSender.fill(event),
            "oes-" + event.sequence() + "-f"));
      }
    }
    return parts;
  }

  /** The stream's last message, or null when it is empty or the message is gone. */
  static Last read(JetStreamManagement jsm, String stream)
      throws IOException, JetStreamApiException {
    StreamState state = jsm.getStreamInfo(stream).getStreamState();
    if (state.getMsgCount() == 0) {
      return null;
    }
    MessageInfo message = message(jsm, stream, state.getLastSequence());
    String id = idOf(message);
    return id == null ? null : new Last(id, message.getData(), state.getLastSequence(),
        sequence -> idOf(message(jsm, stream, sequence)));
  }

  /** The message at {@code sequence}; null when it is gone (limits, purge) or unreadable. */
  private static MessageInfo message(JetStreamManagement jsm, String stream, long sequence) {
    if (sequence < 1) {
      return null;
    }
    try {
      return jsm.getMessage(stream, sequence);
    } catch (JetStreamApiException | IOException e) {
      return null;
    }
  }

  private static String idOf(MessageInfo message) {
    Headers headers = message == null ? null : message.getHeaders();
    return headers == null ? null : headers.getFirst(MESSAGE_ID);
  }

  /**
   * The index of the first part still to send: after {@code last} if it is one of them and the
   * stream holds the batch's first part {@code i} places before it, else 0.
   */
  static int resumeIndex(List<Part> parts, Last last) {
    if (last == null) {
      return 0;
    }
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (part.messageId().equals(last.messageId())) {
        boolean same = Arrays.equals(part.data(), last.data());
        boolean whole = i == 0
            || parts.get(0).messageId().equals(last.earlier().at(last.streamSequence() - i));
        return same && whole ? i + 1 : 0;
      }
    }
    return 0;
  }
}
