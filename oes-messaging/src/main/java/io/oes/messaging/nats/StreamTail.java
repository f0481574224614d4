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
 * already hold in part. The stream's last message marks how far an earlier attempt got: if it
 * is one of the batch's messages (same id and same bytes: the same journal, not another
 * history that reused the sequences), everything up to it is stored and only the rest is sent.
 */
final class StreamTail {
  private static final String MESSAGE_ID = "Nats-Msg-Id";

  private StreamTail() {}

  /** One message: subject, b25 payload and its stable id. */
  record Part(String subject, byte[] data, String messageId) {}

  /** The stream's last message, as far as resuming needs it. */
  record Last(String messageId, byte[] data) {}

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
    try {
      MessageInfo message = jsm.getMessage(stream, state.getLastSequence());
      Headers headers = message.getHeaders();
      String id = headers == null ? null : headers.getFirst(MESSAGE_ID);
      return id == null ? null : new Last(id, message.getData());
    } catch (JetStreamApiException e) {
      return null; // removed meanwhile (limits, purge): nothing to resume after
    }
  }

  /** The index of the first part still to send: after {@code last} if it is one of them. */
  static int resumeIndex(List<Part> parts, Last last) {
    if (last == null) {
      return 0;
    }
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (part.messageId().equals(last.messageId())) {
        return Arrays.equals(part.data(), last.data()) ? i + 1 : 0;
      }
    }
    return 0;
  }
}
