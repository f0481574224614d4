package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Subscription;
import io.oes.api.GetOrderRequest;
import io.oes.api.GetOrdersRequest;
import io.oes.api.Order;
import io.oes.api.OrderState;
import io.oes.api.OrderUpdate;
import io.oes.api.StreamOrderUpdatesRequest;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The gateway on its real components: history in the embedded SQLite file across a restart, and in
 * PostgreSQL, Redis and NATS (the servers running on this machine) in b25's shapes.
 */
class PersistenceEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

  @Test
  void aRestartKeepsTheHistoryAndContinuesTheSequence() throws Exception {
    Path folder = RunningGateway.temporaryFolder();
    Map<String, String> env = Map.of("DATABASE_URL", "jdbc:sqlite:" + folder + "/oes.db");
    String orderId;
    long lastSequence;
    try (RunningGateway first = RunningGateway.start(env)) {
      var updates = new LinkedBlockingQueue<OrderUpdate>();
      io.oes.api.OrderServiceGrpc.newStub(first.channel).streamOrderUpdates(
          StreamOrderUpdatesRequest.getDefaultInstance(), new Collecting(updates));
      Thread.sleep(300);
      orderId = first.orders().createOrder(RunningGateway.restingBuy("keeper").build())
          .getOrderId();
      OrderUpdate submitted = null;
      while (submitted == null || !submitted.getOrder().getOrderId().equals(orderId)
          || !submitted.getUpdateType().equals("SUBMITTED")) {
        submitted = updates.poll(10, TimeUnit.SECONDS);
        assertThat(submitted).isNotNull();
      }
      lastSequence = submitted.getSequence();
    }
    try (RunningGateway second = RunningGateway.start(env)) {
      Order kept = second.orders().getOrder(GetOrderRequest.newBuilder().setOrderId(orderId)
          .build()).getOrder();
      assertThat(kept.getState()).isEqualTo(OrderState.SUBMITTED);
      assertThat(second.orders().getOrders(GetOrdersRequest.newBuilder().setUserId("keeper")
          .build()).getOrdersList()).extracting(Order::getOrderId).containsExactly(orderId);
      var updates = new LinkedBlockingQueue<OrderUpdate>();
      io.oes.api.OrderServiceGrpc.newStub(second.channel).streamOrderUpdates(
          StreamOrderUpdatesRequest.getDefaultInstance(), new Collecting(updates));
      Thread.sleep(300);
      second.orders().createOrder(RunningGateway.restingBuy("keeper").build());
      assertThat(updates.poll(10, TimeUnit.SECONDS).getSequence()).isGreaterThan(lastSequence);
    }
  }

  @Test
  void ordersReachPostgresRedisAndNatsInB25Shapes() throws Exception {
    String schema = "oes_it_" + System.nanoTime();
    try (var db = DriverManager.getConnection(POSTGRES, "postgres", "");
        Statement st = db.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    Connection nats = Nats.connect("nats://127.0.0.1:4222");
    Subscription updates = nats.subscribe("orders.updates.BTCUSDT");
    RedisClient redisClient = RedisClient.create("redis://127.0.0.1:6379");
    try (StatefulRedisConnection<String, String> redis = redisClient.connect();
        RunningGateway running = RunningGateway.start(Map.of(
            "DATABASE_URL", POSTGRES + "?currentSchema=" + schema + "&user=postgres",
            "REDIS_ADDRESS", "127.0.0.1:6379", "NATS_ADDRESS", "nats://127.0.0.1:4222"))) {
      String orderId = running.orders().createOrder(RunningGateway.restingBuy("b25")
          .setClientOrderId("b25-shape-1").build()).getOrderId();

      // the cache is a mirror written beside the answer, not before it: it follows shortly
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
          redis.sync().get("order:" + orderId) != null && JSON.readTree(redis.sync()
              .get("order:" + orderId)).get("state").asText().equals("SUBMITTED"));
      JsonNode cached = JSON.readTree(redis.sync().get("order:" + orderId));
      assertThat(cached.get("order_id").asText()).isEqualTo(orderId);
      assertThat(cached.get("side").asText()).isEqualTo("BUY");
      assertThat(cached.get("state").asText()).isEqualTo("SUBMITTED");
      assertThat(cached.get("price").isNumber()).isTrue();
      assertThat(cached.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
      assertThat(redis.sync().ttl("order:" + orderId)).isBetween(86_000L, 86_400L);

      JsonNode published = awaitUpdate(updates, orderId, "SUBMITTED");
      assertThat(published.get("order").get("symbol").asText()).isEqualTo("BTCUSDT");
      assertThat(published.get("sequence").asLong()).isPositive();
      assertThat(published.get("timestamp").asText()).endsWith("Z");

      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
          .until(() -> count(schema, "orders", orderId) == 1);
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
          .until(() -> count(schema, "order_events", orderId) == 2);
    } finally {
      nats.close();
      redisClient.shutdown();
    }
  }

  private static JsonNode awaitUpdate(Subscription updates, String orderId, String type)
      throws Exception {
    // other gateways on the same NATS server may publish on the subject too: look past them
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Message message = updates.nextMessage(Duration.ofSeconds(10));
      assertThat(message).as("an update on orders.updates.BTCUSDT").isNotNull();
      JsonNode update = JSON.readTree(message.getData());
      if (update.get("order").get("order_id").asText().equals(orderId)
          && update.get("update_type").asText().equals(type)) {
        return update;
      }
    }
    throw new AssertionError("no " + type + " update of " + orderId);
  }

  private static int count(String schema, String table, String orderId) throws Exception {
    try (var db = DriverManager.getConnection(POSTGRES, "postgres", "");
        Statement st = db.createStatement();
        ResultSet rows = st.executeQuery("SELECT count(*) FROM " + schema + "." + table
            + " WHERE order_id = '" + orderId + "'")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /** Puts every update it receives into a queue. */
  private record Collecting(LinkedBlockingQueue<OrderUpdate> into)
      implements io.grpc.stub.StreamObserver<OrderUpdate> {
    @Override
    public void onNext(OrderUpdate value) {
      into.add(value);
    }

    @Override
    public void onError(Throwable t) {}

    @Override
    public void onCompleted() {}
  }
}
