package io.oes.store.jdbc;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.UpdateType;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.port.OrderPage;
import io.oes.core.port.OrderQuery;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Not a test: fills a fresh PostgreSQL schema with 100,000 orders through the store (group
 * commit), then times GetOrders-shaped queries and prints p50/p99. Run by hand:
 * {@code java -cp <test classpath> io.oes.store.jdbc.GetOrdersBenchmark [jdbcUrl user]}.
 */
public final class GetOrdersBenchmark {
  private static final int ORDERS = 100_000;
  private static final int QUERIES = 1_000;
  private static final String[] SYMBOLS = {"BTCUSDT", "ETHUSDT", "SOLUSDT", "BNBUSDT", "XRPUSDT",
    "ADAUSDT", "DOGEUSDT", "AVAXUSDT", "LINKUSDT", "DOTUSDT"};
  private static final OrderState[] STATES = {OrderState.FILLED, OrderState.FILLED,
    OrderState.FILLED, OrderState.FILLED, OrderState.FILLED, OrderState.FILLED,
    OrderState.CANCELED, OrderState.CANCELED, OrderState.SUBMITTED, OrderState.NEW};
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private GetOrdersBenchmark() {}

  public static void main(String[] args) throws Exception {
    String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/test";
    String user = args.length > 1 ? args[1] : "postgres";
    String schema = "oes_bench_" + System.nanoTime();
    try (Connection c = DriverManager.getConnection(server, user, "");
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
      try (JdbcOrderStore store = JdbcOrderStore.postgres(
          server + "?currentSchema=" + schema, user, "")) {
        fill(store);
        st.execute("ANALYZE " + schema + ".orders");
        queries(store);
      } finally {
        st.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static void fill(JdbcOrderStore store) throws InterruptedException {
    Random random = new Random(42);
    TestOrders events = new TestOrders(0);
    long start = System.nanoTime();
    for (int i = 0; i < ORDERS; i++) {
      Instant created = START.plusMillis(i * 25_920L + random.nextInt(1000)); // ~30 days
      Order order = TestOrders.limitOrder("B%07d".formatted(i), "user" + random.nextInt(100),
          SYMBOLS[random.nextInt(SYMBOLS.length)], created);
      OrderState state = STATES[random.nextInt(STATES.length)];
      OrderEvent event = state == OrderState.NEW
          ? events.created(order) : events.moved(order, state, UpdateType.UPDATED);
      store.append(event);
    }
    long appendNanos = System.nanoTime() - start;
    store.flush();
    long totalNanos = System.nanoTime() - start;
    System.out.printf("inserted %,d orders: append %.0f ms on the caller, committed after %.0f ms"
        + " (%,.0f orders/s)%n", ORDERS, appendNanos / 1e6, totalNanos / 1e6,
        ORDERS / (totalNanos / 1e9));
  }

  private static void queries(JdbcOrderStore store) {
    Random random = new Random(7);
    Instant end = START.plusSeconds(30L * 86_400);
    time(store, "newest 100, no filter", i -> query(null, null, null, null, 100));
    time(store, "user, limit 100", i -> query("user" + random.nextInt(100), null, null, null,
        100));
    time(store, "user + symbol, limit 100", i -> query("user" + random.nextInt(100),
        SYMBOLS[random.nextInt(SYMBOLS.length)], null, null, 100));
    time(store, "state SUBMITTED, limit 100", i -> query(null, null, OrderState.SUBMITTED, null,
        100));
    time(store, "symbol + 1-day window, limit 100", i -> {
      Instant from = START.plusSeconds(random.nextInt(29) * 86_400L);
      return new OrderQuery(null, SYMBOLS[random.nextInt(SYMBOLS.length)], null, from,
          from.plusSeconds(86_400), 100, null);
    });
    time(store, "user, 5th page of 100 (cursor)", i -> query("user" + random.nextInt(100),
        null, null, null, 100));
    System.out.printf("(all windows end by %s)%n", end);
  }

  private static OrderQuery query(String user, String symbol, OrderState state, Instant from,
      int limit) {
    return new OrderQuery(user, symbol, state, from, null, limit, null);
  }

  private static void time(JdbcOrderStore store, String name, IntFunction<OrderQuery> queries) {
    boolean paged = name.contains("page");
    for (int i = 0; i < 100; i++) {
      run(store, queries.apply(i), paged); // warm-up
    }
    long[] micros = new long[QUERIES];
    int rows = 0;
    for (int i = 0; i < QUERIES; i++) {
      OrderQuery query = queries.apply(i);
      long start = System.nanoTime();
      rows += run(store, query, paged);
      micros[i] = (System.nanoTime() - start) / 1_000;
    }
    Arrays.sort(micros);
    System.out.printf("%-34s p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%d rows/query)%n", name,
        micros[QUERIES / 2] / 1e3, micros[QUERIES * 99 / 100] / 1e3, micros[QUERIES - 1] / 1e3,
        rows / QUERIES);
  }

  /** Runs {@code query}; when paged, follows the cursor to the fifth page and times it all. */
  private static int run(JdbcOrderStore store, OrderQuery query, boolean paged) {
    OrderPage page = store.find(query);
    for (int p = 1; paged && p < 5 && page.next() != null; p++) {
      page = store.find(new OrderQuery(query.userId(), query.symbol(), query.state(),
          query.createdFrom(), query.createdTo(), query.limit(), page.next()));
    }
    return page.orders().size();
  }
}
