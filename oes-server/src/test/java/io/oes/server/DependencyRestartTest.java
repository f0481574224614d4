package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nats.client.Connection;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.PullSubscribeOptions;
import io.oes.api.GetOrdersRequest;
import io.oes.api.Order;
import io.oes.testing.LocalServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Redis and NATS stop and come back while orders flow: no order is lost or refused, the events
 * waiting in the journal show as lag in health and metrics, and every event reaches NATS, once
 * and in order, when it is back.
 */
class DependencyRestartTest {
  private static final int ORDERS = 500;
  private static final long ORDER_SPACING_MS = 40;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void restartingRedisAndNatsDuringFiveHundredOrdersLosesNoOrderAndNoEvent() throws Exception {
    try (LocalServer redis = LocalServer.redis().start();
        LocalServer nats = LocalServer.natsJetStream(Files.createTempDirectory("oes-js"))
            .start()) {
      List<String> created = new ArrayList<>();
      try (RunningGateway running = RunningGateway.start(Map.of(
          "REDIS_ADDRESS", redis.address(),
          "NATS_ADDRESS", nats.url()),
          "events: {jetstream_stream: ORDERS}\nrate_limit: {enabled: false}\n")) {
        for (int i = 0; i < ORDERS; i++) {
          if (i == ORDERS / 4) {
            redis.stop();
            nats.stop();
          }
          if (i == ORDERS / 2) {
            assertTheEventLagIsReported(running.gateway.httpPort());
            redis.start();
            nats.start();
          }
          // the simulator allows 300 orders per 10 s: stay well under it
          Thread.sleep(ORDER_SPACING_MS);
          // three symbols, so each holds at most 167 open orders: under the exchange's
          // MAX_NUM_ORDERS of 200, which oes checks before sending
          int symbol = i % 3;
          created.add(running.orders().createOrder(RunningGateway.restingBuy("restart-" + (i % 4))
              .setSymbol(List.of("BTCUSDT", "ETHUSDT", "SOLUSDT").get(symbol))
              .setPrice(List.of(60000.0, 2000.0, 100.0).get(symbol))
              .setQuantity(List.of(0.01, 0.1, 1.0).get(symbol)).build()).getOrderId());
        }
        Set<String> stored = new HashSet<>();
        for (int user = 0; user < 4; user++) {
          running.orders().getOrders(GetOrdersRequest.newBuilder().setUserId("restart-" + user)
              .setLimit(1000).build()).getOrdersList().forEach(o -> stored.add(o.getOrderId()));
        }
        assertThat(stored).containsAll(created).hasSize(ORDERS);
        assertEveryEventReachedNats(nats.url(), 2 * ORDERS);
      }
    }
  }

  /** While NATS is down: the events check is degraded with the lag, and the lag is a metric. */
  private static void assertTheEventLagIsReported(int httpPort) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    JsonNode events = JSON.readTree(get(http, httpPort, "/health")).get("checks").get("events");
    assertThat(events.get("status").asText()).isEqualTo("degraded");
    assertThat(events.get("message").asText()).contains("lag ");
    String metrics = get(http, httpPort, "/metrics");
    double lag = metrics.lines().filter(l -> l.startsWith("order_execution_events_lag "))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.indexOf(' ') + 1))).findFirst()
        .orElseThrow();
    assertThat(lag).isPositive();
  }

  private static String get(HttpClient http, int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  /** CREATED and SUBMITTED of every order are in the stream, in sequence order. */
  private static void assertEveryEventReachedNats(String url, int expected) throws Exception {
    Connection connection = Nats.connect(url);
    try {
      JetStreamSubscription subscription = connection.jetStream().subscribe("orders.updates.>",
          PullSubscribeOptions.builder().build());
      List<Long> sequences = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (sequences.size() < expected && System.nanoTime() < deadline) {
        for (Message message : subscription.fetch(250, Duration.ofSeconds(2))) {
          JsonNode event = JSON.readTree(message.getData());
          sequences.add(event.get("sequence").asLong());
          message.ack();
        }
      }
      assertThat(sequences).hasSize(expected).isSorted().doesNotHaveDuplicates();
    } finally {
      connection.close();
    }
  }
}
