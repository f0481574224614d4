package io.oes.server.cluster;

import io.oes.core.feed.JournalPages;
import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.OrderFeed;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With several instances, the update stream of each must carry every account's updates,
 * numbered as the shared journal numbers them; the engine's own feed knows only this
 * instance's. The tail reads the committed journal in sequence order — every instance's events
 * — and hands each to a feed of its own, which then numbers it exactly as the journal did
 * (both are gap-free from the same start). Update streams subscribe to that feed and resume
 * from the journal as usual.
 *
 * <p>One daemon thread, {@code journal-tail}, reads a page after the last event it handed on,
 * and pauses for {@code pause} when there is none. An update reaches the streams once it is
 * committed, at most a pause later.
 */
public final class JournalTail implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JournalTail.class);
  private static final int PAGE_SIZE = 500;

  private final JournalPages journal;
  private final OrderFeed feed;
  private final long pauseNanos;
  private final Thread thread;
  private volatile boolean running = true;
  private long cursor;

  private JournalTail(JournalPages journal, OrderFeed feed, long after, Duration pause) {
    this.journal = journal;
    this.feed = feed;
    this.cursor = after;
    this.pauseNanos = pause.toNanos();
    this.thread = Thread.ofPlatform().name("journal-tail").daemon().unstarted(this::run);
  }

  /**
   * Starts handing {@code feed} every event the journal commits after sequence {@code after},
   * which must be {@code feed}'s last sequence.
   */
  public static JournalTail start(JournalPages journal, OrderFeed feed, long after,
      Duration pause) {
    if (feed.lastSequence() != after) {
      throw new IllegalArgumentException("the feed is at sequence " + feed.lastSequence()
          + ", the tail would start after " + after);
    }
    JournalTail tail = new JournalTail(journal, feed, after, pause);
    tail.thread.start();
    return tail;
  }

  private void run() {
    while (running) {
      try {
        List<OrderEvent> page = journal.eventsAfter(cursor, PAGE_SIZE);
        for (OrderEvent event : page) {
          handOn(event);
        }
        if (page.isEmpty()) {
          LockSupport.parkNanos(this, pauseNanos);
        }
      } catch (RuntimeException e) {
        LOG.warn("Reading the journal after sequence {} failed: {}", cursor, e.getMessage());
        LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(500));
      }
    }
  }

  private void handOn(OrderEvent event) {
    if (event.sequence() != cursor + 1) {
      // pruned by an operator while the tail was behind: the streams' numbering would drift
      LOG.error("The journal skips from sequence {} to {}; update streams number from here as"
          + " the journal does no longer", cursor, event.sequence());
    }
    feed.emit(event);
    cursor = event.sequence();
  }

  /** Stops reading; the events handed on are still delivered by the feed. */
  @Override
  public void close() {
    running = false;
    LockSupport.unpark(thread);
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
