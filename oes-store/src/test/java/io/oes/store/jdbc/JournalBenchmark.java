package io.oes.store.jdbc;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.UpdateType;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Not a test: how many order events per second the store commits. Appends what a busy gateway
 * appends — each order created, acknowledged a little later and canceled later still, with 64
 * orders in flight — and times until everything is committed. Run by hand:
 * {@code java -cp <test classpath> io.oes.store.jdbc.JournalBenchmark [sqlite|postgres] [orders]}.
 */
public final class JournalBenchmark {
  private static final int IN_FLIGHT = 64;
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private JournalBenchmark() {}

  public static void main(String[] args) throws Exception {
    String kind = args.length > 0 ? args[0] : "sqlite";
    int orders = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    if (kind.equals("postgres")) {
      String server = "jdbc:postgresql://127.0.0.1:5432/test";
      String schema = "oes_journal_bench_" + System.nanoTime();
      try (Connection c = DriverManager.getConnection(server, "postgres", "");
          Statement st = c.createStatement()) {
        st.execute("CREATE SCHEMA " + schema);
        try (JdbcOrderStore store = JdbcOrderStore.postgres(
            server + "?currentSchema=" + schema, "postgres", "")) {
          run("PostgreSQL", store, orders);
        } finally {
          st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    } else {
      Path directory = Files.createTempDirectory("oes-journal-bench");
      try (JdbcOrderStore store = JdbcOrderStore.sqlite(directory)) {
        run("SQLite", store, orders);
      }
    }
  }

  private static void run(String name, JdbcOrderStore store, int orders) throws Exception {
    TestOrders events = new TestOrders(store.lastSequence());
    Deque<Order> submitted = new ArrayDeque<>();
    Deque<Order> created = new ArrayDeque<>();
    long start = System.nanoTime();
    for (int i = 0; i < orders; i++) {
      Order order = TestOrders.limitOrder("J%08d".formatted(i), "user" + (i % 50), "BTCUSDT",
          START.plusMillis(i));
      store.append(events.created(order));
      created.addLast(order);
      if (created.size() > IN_FLIGHT / 2) {
        OrderEvent ack = events.moved(created.removeFirst(), OrderState.SUBMITTED,
            UpdateType.SUBMITTED);
        store.append(ack);
        submitted.addLast(ack.order());
      }
      if (submitted.size() > IN_FLIGHT / 2) {
        store.append(events.moved(submitted.removeFirst(), OrderState.CANCELED,
            UpdateType.CANCELED));
      }
    }
    store.flush();
    double seconds = (System.nanoTime() - start) / 1e9;
    long appended = events.lastSequence();
    System.out.printf("%s: %,d events (%,d orders) committed in %.2f s: %,.0f events/s%n", name,
        appended, orders, seconds, appended / seconds);
  }
}
