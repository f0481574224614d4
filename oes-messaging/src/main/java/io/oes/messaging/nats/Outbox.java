package io.oes.messaging.nats;

import io.oes.core.feed.OrderEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Events waiting for NATS, in publish order. The sender takes a batch and keeps it "in flight"
 * until the server confirmed it; a batch that failed is sent again, whole, before anything
 * newer — so delivery is in order and at least once.
 *
 * <p>{@link #offer} is called by the publishing thread; everything else by the sender thread.
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
   * The batch to send: the unconfirmed one if any, topped up to {@code max} events; waits up to
   * {@code waitMillis} for a first event. Empty when nothing arrived.
   */
  List<OrderEvent> batch(int max, long waitMillis) throws InterruptedException {
    if (inFlight.isEmpty()) {
      OrderEvent first = queue.poll(waitMillis, TimeUnit.MILLISECONDS);
      if (first == null) {
        return List.of();
      }
      inFlight.add(first);
    }
    queue.drainTo(inFlight, max - inFlight.size());
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
