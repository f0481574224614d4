package io.oes.messaging.nats;

import static io.oes.messaging.TestEvents.event;
import static io.oes.messaging.TestEvents.limitOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox across a NATS restart, on a nats-server of the test's own: 500 events, half
 * published while the server is down, all arrive, in order.
 */
class NatsOutboxRestartTest {
  private static final int EVENTS = 500;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<Long> EXPECTED = LongStream.rangeClosed(1, EVENTS).boxed().toList();

  @TempDir Path jetStreamDir;

  @Test
  void coreSubscribersGetEveryEventInOrderAcrossARestart() throws Exception {
    try (NatsServerProcess server = new NatsServerProcess(null)) {
      server.start();
      Options quickReconnect = Options.builder().server(server.url()).maxReconnects(-1)
          .reconnectWait(Duration.ofMillis(20)).build();
      Set<Long> firstSeen = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
      Connection subscriber = Nats.connect(quickReconnect);
      try (NatsEventPublisher publisher = NatsEventPublisher.start(
              NatsPublisherOptions.defaults(server.url())
                  .withReconnectWait(Duration.ofSeconds(3)))) {
        // a resent batch may arrive twice: the sequence tells
        subscriber.createDispatcher(m -> firstSeen.add(sequence(m.getData())))
            .subscribe("orders.updates.>");
        subscriber.flush(Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(5)).until(() -> publisher.health().up());

        // core NATS keeps nothing: what the server held for a subscriber when it stopped is gone
        // whatever the publisher does, so the first half is received before the stop
        publishAcrossRestart(publisher, server, () -> await().atMost(Duration.ofSeconds(10))
            .until(() -> firstSeen.size() == EVENTS / 2));

        await().atMost(Duration.ofSeconds(30)).until(() -> firstSeen.size() == EVENTS);
        synchronized (firstSeen) {
          assertThat(new ArrayList<>(firstSeen)).containsExactlyElementsOf(EXPECTED);
        }
      } finally {
        subscriber.close();
      }
    }
  }

  @Test
  void theJetStreamStreamHoldsEveryEventOnceInOrderAcrossARestart() throws Exception {
    try (NatsServerProcess server = new NatsServerProcess(jetStreamDir)) {
      server.start();
      try (NatsEventPublisher publisher = NatsEventPublisher.start(
          NatsPublisherOptions.defaults(server.url()).withJetStream("ORDERS_TEST")
              .withReconnectWait(Duration.ofMillis(100)))) {
        await().atMost(Duration.ofSeconds(5)).until(() -> publisher.health().up());

        publishAcrossRestart(publisher, server, () -> { });

        await().atMost(Duration.ofSeconds(30)).until(() -> publisher.outboxDepth() == 0);
      }
      Connection reader = Nats.connect(server.url());
      try {
        JetStreamManagement jsm = reader.jetStreamManagement();
        assertThat(jsm.getStreamInfo("ORDERS_TEST").getStreamState().getMsgCount())
            .isEqualTo(EVENTS);
        List<Long> stored = new ArrayList<>();
        for (long seq = 1; seq <= EVENTS; seq++) {
          stored.add(sequence(jsm.getMessage("ORDERS_TEST", seq).getData()));
        }
        assertThat(stored).containsExactlyElementsOf(EXPECTED);
      } finally {
        reader.close();
      }
    }
  }

  /**
   * Publishes half the events, runs {@code beforeStop}, stops the server, publishes the other
   * half while it is down, and starts it again. The subscriber of the core test retries every
   * 20 ms, the publisher only after 3 s, so the subscriber is back first even on a busy machine
   * (core NATS keeps nothing for a subscriber that is not connected).
   */
  private static void publishAcrossRestart(NatsEventPublisher publisher,
      NatsServerProcess server, Runnable beforeStop) throws Exception {
    for (int i = 1; i <= EVENTS / 2; i++) {
      publisher.publish(event(i, limitOrder("R" + i, "BTCUSDT"), false));
    }
    beforeStop.run();
    server.stop();
    for (int i = EVENTS / 2 + 1; i <= EVENTS; i++) {
      publisher.publish(event(i, limitOrder("R" + i, "BTCUSDT"), false));
    }
    Thread.sleep(300);
    assertThat(publisher.health().up()).isFalse();
    server.start();
  }

  private static long sequence(byte[] json) {
    try {
      return MAPPER.readTree(json).get("sequence").asLong();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
