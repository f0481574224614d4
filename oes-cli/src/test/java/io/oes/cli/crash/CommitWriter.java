package io.oes.cli.crash;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.UpdateType;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.store.jdbc.JdbcOrderStore;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The child process of {@link CommitKills}: appends order intents to a store from several
 * threads, as the gateway's accounts do, and prints {@code committed N} the moment the store
 * says sequence N is committed, which is when the gateway would send the order. Runs until it
 * is killed.
 *
 * <p>{@code CommitWriter sqlite DIR} or {@code CommitWriter postgres JDBC_URL}.
 */
public final class CommitWriter {
  private static final int THREADS = 4;
  private static final Object APPEND_ORDER = new Object();
  private static long next;

  private CommitWriter() {}

  public static void main(String[] args) {
    JdbcOrderStore store = args[0].equals("sqlite")
        ? JdbcOrderStore.sqlite(Path.of(args[1]))
        : JdbcOrderStore.postgres(args[1], "postgres", "");
    next = store.lastSequence();
    PrintStream out = new PrintStream(System.out, true);
    out.println("started at " + next);
    for (int i = 0; i < THREADS; i++) {
      Thread.ofPlatform().start(() -> writeForever(store, out));
    }
  }

  private static void writeForever(JdbcOrderStore store, PrintStream out) {
    try {
      while (true) {
        long sequence;
        // sequences reach the store in order, as the gateway's feed hands them over
        synchronized (APPEND_ORDER) {
          sequence = ++next;
          store.append(intent(sequence));
        }
        store.whenCommitted(sequence).get(30, TimeUnit.SECONDS);
        out.println("committed " + sequence);
      }
    } catch (Exception e) {
      out.println("failed " + e);
    }
  }

  private static OrderEvent intent(long sequence) {
    Instant now = Instant.now();
    OrderRequest request = new OrderRequest("probe", "c-" + sequence, "BTCUSDT", Side.BUY,
        OrderType.LIMIT, TimeInForce.GTC, new BigDecimal("0.001"), new BigDecimal("50000"), null,
        false, false);
    Order order = Order.accepted("probe-" + sequence, "main", request, "oes-", now);
    return new OrderEvent(sequence, order, UpdateType.CREATED, null, now);
  }
}
