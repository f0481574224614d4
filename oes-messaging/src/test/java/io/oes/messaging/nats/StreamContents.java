package io.oes.messaging.nats;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.api.MessageInfo;
import io.oes.core.feed.OrderEvent;
import java.util.ArrayList;
import java.util.List;

/** What a JetStream stream holds, read message by message, and what it should hold. */
final class StreamContents {
  private StreamContents() {}

  /** The {@code Nats-Msg-Id} of every message in {@code stream}, in stream order. */
  static List<String> messageIds(String url, String stream) throws Exception {
    Connection reader = Nats.connect(url);
    try {
      JetStreamManagement jsm = reader.jetStreamManagement();
      long count = jsm.getStreamInfo(stream).getStreamState().getMsgCount();
      long first = jsm.getStreamInfo(stream).getStreamState().getFirstSequence();
      List<String> ids = new ArrayList<>();
      for (long seq = first; seq < first + count; seq++) {
        MessageInfo message = jsm.getMessage(stream, seq);
        ids.add(message.getHeaders().getFirst("Nats-Msg-Id"));
      }
      return ids;
    } finally {
      reader.close();
    }
  }

  /** The ids the relay gives {@code events}: the update, then the fill when there is one. */
  static List<String> expectedIds(List<OrderEvent> events) {
    List<String> ids = new ArrayList<>();
    for (OrderEvent event : events) {
      ids.add("oes-" + event.sequence() + "-u");
      if (event.fill() != null) {
        ids.add("oes-" + event.sequence() + "-f");
      }
    }
    return ids;
  }
}
