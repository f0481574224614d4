package io.oes.messaging.nats;

import io.nats.client.Connection;
import io.oes.core.feed.OrderEvent;
import io.oes.messaging.health.FailureBurst;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sender thread's loop: take a batch from the outbox, send it, forget it once confirmed;
 * on failure wait and send the same batch again. Stops when told to, leaving unsent events in
 * the outbox.
 */
final class OutboxSender implements Runnable {
  /** Nap when the outbox was empty: the longest an event waits before it is sent. */
  private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

  private final Outbox outbox;
  private final NatsLink link;
  private final BatchSender sender;
  private final FailureBurst failures;
  private final int batchSize;
  private final long retryMillis;
  private final AtomicLong sent = new AtomicLong();
  private volatile boolean running = true;

  OutboxSender(Outbox outbox, NatsLink link, BatchSender sender, FailureBurst failures,
      NatsPublisherOptions options) {
    this.outbox = outbox;
    this.link = link;
    this.sender = sender;
    this.failures = failures;
    this.batchSize = options.batchSize();
    this.retryMillis = Math.max(10, Math.min(options.reconnectWait().toMillis(), 500));
  }

  @Override
  public void run() {
    while (running) {
      try {
        Connection connection = link.await();
        if (connection == null) {
          return;
        }
        List<OrderEvent> batch = outbox.batch(batchSize, IDLE_NANOS);
        if (!batch.isEmpty()) {
          sendOrWait(connection, batch);
        }
      } catch (InterruptedException e) {
        // stop() interrupts; the loop condition decides
      }
    }
  }

  void stop() {
    running = false;
  }

  /** Events the server confirmed. */
  long sent() {
    return sent.get();
  }

  private void sendOrWait(Connection connection, List<OrderEvent> batch)
      throws InterruptedException {
    try {
      sender.send(connection, batch);
      sent.addAndGet(batch.size());
      outbox.confirmed();
      failures.onSuccess();
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      failures.onFailure(e);
      if (sender.renewsConnectionOnFailure()) {
        link.renew(connection);
      }
      Thread.sleep(retryMillis);
    }
  }
}
