package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Nats;
import io.oes.api.GetOrdersRequest;
import io.oes.server.warmup.ScratchOrders;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A gateway on PostgreSQL (a database of its own), Redis and NATS readies its connections before
 * it says it is ready, and its warm-up leaves nothing anyone could see: no exchange order, no
 * journal row, no cache key, no event, no order counted.
 */
class WarmUpBeforeReadyTest {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  /** The store's pool size (JdbcStoreOptions.defaults()). */
  private static final int POOL_SIZE = 8;

  @Test
  void whenReadyEveryStoreConnectionIsOpenAndTheWarmUpLeftNoTrace() throws Exception {
    String database = "oes_warm_up_" + System.nanoTime();
    execute("CREATE DATABASE " + database);
    List<String> warmUpEvents = new CopyOnWriteArrayList<>();
    Connection nats = Nats.connect("nats://127.0.0.1:4222");
    RedisClient redisClient = RedisClient.create("redis://127.0.0.1:6379");
    try (StatefulRedisConnection<String, String> redis = redisClient.connect()) {
      Dispatcher dispatcher = nats.createDispatcher(message -> {
        String text = new String(message.getData(), StandardCharsets.UTF_8);
        if (text.contains(ScratchOrders.NAME)) {
          warmUpEvents.add(text);
        }
      });
      dispatcher.subscribe("orders.>");
      nats.flush(Duration.ofSeconds(2));

      try (RunningGateway running = RunningGateway.start(Map.of(
          "DATABASE_URL", SERVER + database + "?user=postgres",
          "REDIS_ADDRESS", "127.0.0.1:6379", "NATS_ADDRESS", "nats://127.0.0.1:4222"))) {
        // the warm-up leaves two to the rest of the start; the pool opens those too
        assertThat(openConnections(database)).isGreaterThanOrEqualTo(POOL_SIZE - 2);

        assertThat(rows(database, "orders") + rows(database, "order_events")
            + rows(database, "fills")).isZero();
        assertThat(redis.sync().exists("order:" + ScratchOrders.NAME + "-order",
            "order:client:" + ScratchOrders.NAME + ":" + ScratchOrders.NAME + "-client"))
            .isZero();
        assertThat(running.orders().getOrders(GetOrdersRequest.newBuilder()
            .setUserId(ScratchOrders.NAME).build()).getOrdersList()).isEmpty();
        assertThat(ScrapedMetrics.exchangeRequests(running.gateway.httpPort(),
            "POST /fapi/v1/order")).isZero();
        assertThat(running.metrics()).contains("order_execution_orders_created_total 0.0")
            .contains("order_execution_events_published_total 0.0");
        nats.flush(Duration.ofSeconds(2));
        assertThat(warmUpEvents).isEmpty();
      }
    } finally {
      nats.close();
      redisClient.shutdown();
      execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  private static long openConnections(String database) throws Exception {
    return query("test", "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + database
        + "' AND application_name = 'oes'");
  }

  private static long rows(String database, String table) throws Exception {
    return query(database, "SELECT count(*) FROM " + table);
  }

  private static long query(String database, String sql) throws Exception {
    try (var db = DriverManager.getConnection(SERVER + database, "postgres", "");
        Statement st = db.createStatement();
        ResultSet rows = st.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void execute(String sql) throws Exception {
    try (var db = DriverManager.getConnection(SERVER + "test", "postgres", "");
        Statement st = db.createStatement()) {
      st.execute(sql);
    }
  }
}
