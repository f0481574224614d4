package io.oes.messaging.nats;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.feed.OrderEvent;
import io.oes.messaging.TestEvents;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a batch resumes, given what the stream holds: the stream is a list of message ids
 * (stream sequence 1 first), as a server would hold them after an earlier attempt.
 */
class StreamTailTest {
  // events 301..304, the second with a fill: parts 301-u, 302-u, 302-f, 303-u, 304-u
  private final List<StreamTail.Part> parts = StreamTail.parts(batch());

  @Test
  void resumesAfterTheLastMessageWhenTheStreamHoldsEverythingBeforeIt() {
    List<String> stream = List.of("oes-300-u", "oes-301-u", "oes-302-u", "oes-302-f");

    assertThat(StreamTail.resumeIndex(parts, tail(stream))).isEqualTo(3);
  }

  @Test
  void sendsEverythingWhenEarlierMessagesOfTheBatchWereLostAndLaterOnesArrived() {
    // the first two went down with the connection; the rest were sent after the reconnect
    List<String> stream = List.of("oes-300-u", "oes-302-f", "oes-303-u");

    assertThat(StreamTail.resumeIndex(parts, tail(stream))).isZero();
  }

  @Test
  void sendsEverythingWhenTheLastMessageIsNotTheBatchs() {
    assertThat(StreamTail.resumeIndex(parts, tail(List.of("oes-299-u", "oes-300-u"))))
        .isZero();
    assertThat(StreamTail.resumeIndex(parts, null)).isZero();
  }

  @Test
  void sendsEverythingWhenTheLastMessageHasTheIdButOtherBytes() {
    List<String> stream = List.of("oes-300-u", "oes-301-u");
    StreamTail.Last last = tail(stream);
    StreamTail.Last other = new StreamTail.Last(last.messageId(), "another journal".getBytes(),
        last.streamSequence(), last.earlier());

    assertThat(StreamTail.resumeIndex(parts, last)).isEqualTo(1);
    assertThat(StreamTail.resumeIndex(parts, other)).isZero();
  }

  /** The stream's last message as the sender reads it, its bytes those of the batch's part. */
  private StreamTail.Last tail(List<String> stream) {
    String lastId = stream.get(stream.size() - 1);
    byte[] data = parts.stream().filter(p -> p.messageId().equals(lastId)).findFirst()
        .map(StreamTail.Part::data).orElse(new byte[0]);
    return new StreamTail.Last(lastId, data, stream.size(),
        sequence -> sequence >= 1 && sequence <= stream.size()
            ? stream.get((int) sequence - 1) : null);
  }

  private static List<OrderEvent> batch() {
    List<OrderEvent> events = new ArrayList<>();
    for (long sequence = 301; sequence <= 304; sequence++) {
      events.add(TestEvents.event(sequence, TestEvents.limitOrder("O" + sequence, "BTCUSDT"),
          sequence == 302));
    }
    return events;
  }
}
