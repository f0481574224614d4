package io.oes.server;

import io.oes.core.feed.FeedListener;
import io.oes.core.feed.OrderEvent;
import io.oes.core.order.Decimals;
import io.oes.core.order.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per order transition, with the order's ids, symbol and state as structured
 * fields (key-values in the JSON log format), so an operator can follow any order by grepping
 * for its id. Never logs anything secret: orders carry none.
 *
 * <p>The feed calls it on an account's engine thread, so it only queues the event; a thread of
 * its own formats and logs the queued lines every {@link #IDLE_NANOS}. It is never woken per
 * event (that would cost the engine a system call each time); a line is at most that much late,
 * and carries the event's sequence and time. When the queue is full the line is written at
 * once: late and slow rather than lost.
 */
final class TransitionLog implements FeedListener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("io.oes.orders");
  private static final int QUEUE_EVENTS = 65_536;
  private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  private final BlockingQueue<OrderEvent> queued = new ArrayBlockingQueue<>(QUEUE_EVENTS);
  private final Thread writer;
  private volatile boolean running = true;

  TransitionLog() {
    writer = Thread.ofPlatform().name("oes-transition-log").daemon(true).start(this::run);
  }

  @Override
  public void onEvent(OrderEvent event) {
    if (LOG.isInfoEnabled() && !queued.offer(event)) {
      write(event);
    }
  }

  private void run() {
    List<OrderEvent> batch = new ArrayList<>();
    while (running) {
      if (queued.drainTo(batch) == 0) {
        LockSupport.parkNanos(IDLE_NANOS);
        continue;
      }
      batch.forEach(TransitionLog::write);
      batch.clear();
    }
  }

  private static void write(OrderEvent event) {
    Order order = event.order();
    LOG.atInfo()
        .addKeyValue("sequence", event.sequence())
        .addKeyValue("order_id", order.orderId())
        .addKeyValue("client_order_id", order.clientOrderId())
        .addKeyValue("symbol", order.symbol())
        .addKeyValue("state", order.state())
        .addKeyValue("filled", Decimals.plain(order.filledQuantity()))
        .addKeyValue("event_time", event.time())
        .log("order {} {} {} {}{}", order.orderId(), event.type(), order.symbol(), order.state(),
            order.rejectReason() == null ? "" : ": " + order.rejectReason());
  }

  /** Writes what is still queued, then stops. */
  @Override
  public void close() {
    running = false;
    try {
      writer.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<OrderEvent> rest = new ArrayList<>();
    queued.drainTo(rest);
    rest.forEach(TransitionLog::write);
  }
}
