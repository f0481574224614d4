package io.oes.messaging.nats;

import io.nats.client.Connection;
import io.oes.core.feed.OrderEvent;
import io.oes.core.port.EventJournal;
import io.oes.messaging.health.FailureBurst;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The relay thread's loop: read the committed events after the cursor, send them, and move the
 * durable cursor once NATS confirmed them. Any failure (NATS, the store) is retried from the
 * cursor after a pause that doubles up to the reconnect wait, for as long as it lasts; nothing
 * is skipped. Stopping leaves the cursor where the last confirmed batch put it.
 *
 * <p>With a journal shared by several instances, each runs a relay over the whole journal under
 * the one durable cursor: each page starts from the further of its own cursor and the shared
 * one, and the journal is read every few milliseconds (the others' commits wake nobody here).
 * Two relays may still send the same page at once; JetStream keeps it once, by its message id
 * (the sequence), which is why several instances need a JetStream stream.
 */
final class RelayLoop implements Runnable {
  /** Longest sleep while nothing new is committed; the commit itself wakes the loop. */
  private static final long IDLE_WAIT_MILLIS = 100;
  /** How often a journal shared with other instances is read for their events. */
  private static final long SHARED_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
  /** Nap while the next event is committed but held back by a gap before it. */
  private static final long GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
  private static final long RETRY_MIN_MILLIS = 20;

  private final EventJournal journal;
  private final NatsLink link;
  private final BatchSender sender;
  private final JournalGaps gaps;
  private final FailureBurst failures;
  private final RelayListener listener;
  private final String cursorName;
  private final int batchSize;
  private final long retryMaxMillis;
  private final AtomicLong published = new AtomicLong();
  private volatile long cursor;
  private volatile boolean running = true;

  RelayLoop(EventJournal journal, long cursor, NatsLink link, BatchSender sender,
      FailureBurst failures, RelayListener listener, NatsPublisherOptions options) {
    this.journal = journal;
    this.cursor = cursor;
    this.link = link;
    this.sender = sender;
    this.gaps = new JournalGaps(options.gapWait());
    this.failures = failures;
    this.listener = listener;
    this.cursorName = options.cursorName();
    this.batchSize = options.batchSize();
    this.retryMaxMillis = Math.max(RETRY_MIN_MILLIS, options.reconnectWait().toMillis());
  }

  @Override
  public void run() {
    long retryMillis = RETRY_MIN_MILLIS;
    while (running) {
      try {
        Connection connection = link.await();
        if (connection == null) {
          return;
        }
        if (!relayOnePage(connection)) {
          awaitNextCommit();
        }
        retryMillis = RETRY_MIN_MILLIS;
      } catch (InterruptedException e) {
        // stop() interrupts; the loop condition decides
      } catch (Exception e) {
        failures.onFailure(e);
        listener.onFailed();
        retryMillis = pause(retryMillis);
      }
    }
  }

  void stop() {
    running = false;
  }

  /** The last sequence NATS confirmed and the store recorded. */
  long cursor() {
    return cursor;
  }

  /** Events confirmed by NATS since start. */
  long published() {
    return published.get();
  }

  /** Publishes the next run of committed events; false when there was none. */
  private boolean relayOnePage(Connection connection) throws Exception {
    if (journal.sharedWithOthers()) {
      // another instance's relay may have published further: go on from there, not again
      journal.cursor(cursorName).ifPresent(shared -> cursor = Math.max(cursor, shared));
    } else if (journal.latestSequence() <= cursor) {
      return false;
    }
    long from = cursor;
    List<OrderEvent> ready = gaps.ready(from, journal.committedAfter(from, batchSize),
        System.nanoTime());
    if (ready.isEmpty()) {
      return false;
    }
    try {
      sender.send(connection, ready);
    } catch (Exception e) {
      if (sender.renewsConnectionOnFailure()) {
        link.renew(connection);
      }
      throw e;
    }
    long last = ready.get(ready.size() - 1).sequence();
    journal.saveCursor(cursorName, last);
    cursor = last;
    published.addAndGet(ready.size());
    failures.onSuccess();
    listener.onPublished(ready.size());
    return true;
  }

  /**
   * Sleeps until the event after the cursor is committed (at most {@link #IDLE_WAIT_MILLIS}),
   * or naps when it is committed already but could not go out (an earlier gap is still open).
   */
  private void awaitNextCommit() throws InterruptedException {
    if (journal.sharedWithOthers()) {
      LockSupport.parkNanos(SHARED_POLL_NANOS); // other instances' commits wake nobody here
      return;
    }
    CompletableFuture<Void> next = journal.whenCommitted(cursor + 1);
    if (next.isDone()) {
      LockSupport.parkNanos(GAP_NANOS);
      return;
    }
    try {
      next.get(IDLE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // nothing committed meanwhile: the loop looks again (and sees a stop)
    }
  }

  /** Waits {@code millis}, or less when stop() wakes the thread; the loop condition decides. */
  private long pause(long millis) {
    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis));
    return Math.min(millis * 2, retryMaxMillis);
  }
}
