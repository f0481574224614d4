package io.oes.messaging.nats;

import io.oes.core.feed.OrderEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Events waiting for NATS, in publish order. The sender takes a batch and keeps it "in flight"
 * until the server confirmed it; a batch that failed is sent again, whole, before anything
 * newer — so delivery is in order and at least once.
 *
 * <p>{@link #offer} is called by the publishing thread; everything else by the sender thread.
 * An offer never wakes the sender, which looks again after a short nap when it found nothing:
 * the publisher is an account's engine, and a wake-up would cost it a system call per event.
 */
final class Outbox {
  private final LinkedBlockingQueue<OrderEvent> queue;
  private final List<OrderEvent> inFlight = new ArrayList<>();
  private volatile int inFlightSize;

  Outbox(int capacity) {
    this.queue = new LinkedBlockingQueue<>(capacity);
  }

  /** Adds {@code event}; false when the outbox is full. Never blocks. */
  boolean offer(OrderEvent event) {
    return queue.offer(event);
  }

  /**
   * The batch to send: the unconfirmed one if any, topped up to {@code max} events. Empty, after
   * a nap of {@code idleNanos}, when nothing was waiting.
   */
  List<OrderEvent> batch(int max, long idleNanos) throws InterruptedException {
    queue.drainTo(inFlight, max - inFlight.size());
    if (inFlight.isEmpty()) {
      LockSupport.parkNanos(idleNanos);
      if (Thread.interrupted()) {
        throw new InterruptedException("outbox sender stopped");
      }
      return List.of();
    }
    inFlightSize = inFlight.size();
    return inFlight;
  }

  /** The server confirmed the batch: forget it. */
  void confirmed() {
    inFlight.clear();
    inFlightSize = 0;
  }

  /** Events not yet confirmed by the server. */
  long depth() {
    return (long) queue.size() + inFlightSize;
  }
}
