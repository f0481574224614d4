package io.oes.messaging.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.oes.core.feed.OrderEvent;
import io.oes.store.jdbc.JdbcOrderStore;
import io.oes.testing.LocalServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relay to core NATS subjects across a restart of a nats-server of the test's own. */
class JournalRelayCoreRestartTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void coreSubscribersGetEveryEventInOrderAcrossANatsRestart(@TempDir Path dir)
      throws Exception {
    try (LocalServer server = LocalServer.nats().start()) {
      // the subscriber retries every 20 ms, the relay only after 8 s, so the subscriber is back
      // first even on a busy machine (core NATS keeps nothing for a subscriber not connected)
      Options quickReconnect = Options.builder().server(server.url()).maxReconnects(-1)
          .reconnectWait(Duration.ofMillis(20)).build();
      Set<Long> firstSeen = Collections.synchronizedSet(new LinkedHashSet<>());
      Connection subscriber = Nats.connect(quickReconnect);
      try (JdbcOrderStore store = JdbcOrderStore.sqlite(dir);
          JournalRelay relay = JournalRelay.start(store, NatsPublisherOptions
              .defaults(server.url()).withReconnectWait(Duration.ofSeconds(8)),
              RelayListener.NONE)) {
        // a batch sent again may arrive twice: the sequence tells
        subscriber.createDispatcher(m -> firstSeen.add(sequence(m.getData())))
            .subscribe("orders.updates.>");
        subscriber.flush(Duration.ofSeconds(2));
        List<OrderEvent> events = new ArrayList<>(TestJournals.append(store, 250, "BTCUSDT"));
        await().atMost(Duration.ofSeconds(10)).until(() -> firstSeen.size() == 250);

        server.stop();
        events.addAll(TestJournals.append(store, 250, "BTCUSDT"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !relay.health().up());
        server.start();
        await().atMost(Duration.ofSeconds(8))
            .until(() -> subscriber.getStatus() == Connection.Status.CONNECTED);

        await().atMost(Duration.ofSeconds(40)).until(() -> firstSeen.size() == 500);
        synchronized (firstSeen) {
          assertThat(new ArrayList<>(firstSeen))
              .containsExactlyElementsOf(events.stream().map(OrderEvent::sequence).toList());
        }
      } finally {
        subscriber.close();
      }
    }
  }

  private static long sequence(byte[] json) {
    try {
      return MAPPER.readTree(json).get("sequence").asLong();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
