package io.oes.core.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a subscriber from the sequence it last saw up to the live feed, without a gap or a
 * repeat: older events from the store's journal (a page at a time, never under the feed's
 * lock), newer ones from the feed's memory, and once the rest fits in the subscriber's room,
 * the hand-over to the live feed under the feed's lock (which only its delivery thread shares;
 * emits never wait for it). The journal holds committed events only and the feed's memory the
 * newest delivered ones, so between them every event is reachable; should an event be neither
 * committed yet nor in memory (pruned from it, or emitted but not delivered yet), the resume
 * waits for its commit.
 *
 * <p>Runs on the caller's thread, which may block (journal reads, a subscriber with no room):
 * use a virtual thread per resume. Thread-safe.
 */
public final class FeedResume {
  /** Most events handed over under the feed's lock, so deliveries are never held up long. */
  static final int MAX_HAND_OVER = 1024;

  private final OrderFeed feed;
  private final JournalPages journal;
  private final int pageSize;
  private final Duration commitPause;

  /** A subscriber being resumed. */
  public interface Target extends FeedListener {
    /**
     * Takes one replayed event (or skips it if filtered out), waiting while there is no room.
     *
     * @return false once the subscriber is gone: the resume stops
     */
    boolean onReplay(OrderEvent event) throws InterruptedException;

    /** How many more events it can take at once without waiting. */
    int room();

    /** Whether the subscriber went away (the resume stops). */
    boolean isGone();
  }

  /**
   * @param pageSize events read from the journal or memory at a time
   * @param commitPause how long to wait before looking again for an event not committed yet
   */
  public FeedResume(OrderFeed feed, JournalPages journal, int pageSize, Duration commitPause) {
    this.feed = feed;
    this.journal = journal;
    this.pageSize = pageSize;
    this.commitPause = commitPause;
  }

  /**
   * The oldest sequence a subscriber can still be served, from the journal or from memory;
   * {@code lastSequence() + 1} when nothing is held.
   */
  public long oldestAvailable() {
    long kept = feed.oldestKept();
    long journaled = journal.oldestSequence();
    return journaled > 0 ? Math.min(journaled, kept) : kept;
  }

  /**
   * Hands {@code target} every event after {@code fromSequence} in order, then subscribes it
   * to the live feed.
   *
   * @return true once live; false if the subscriber went away first (it is not subscribed)
   * @throws JournalGapException if events after {@code fromSequence} are no longer held
   */
  public boolean resume(Target target, long fromSequence) throws InterruptedException {
    long oldest = oldestAvailable();
    if (fromSequence + 1 < oldest) {
      throw new JournalGapException(fromSequence, oldest);
    }
    long cursor = fromSequence;
    while (!feed.subscribeAfter(target, cursor, Math.min(target.room(), MAX_HAND_OVER))) {
      if (target.isGone()) {
        return false;
      }
      List<OrderEvent> page = nextPage(cursor);
      if (page.isEmpty()) {
        awaitCommit(cursor);
      }
      for (OrderEvent event : page) {
        if (!target.onReplay(event)) {
          return false;
        }
        cursor = event.sequence();
      }
    }
    return true;
  }

  /** The events right after {@code cursor}: from memory if kept there, else the journal. */
  private List<OrderEvent> nextPage(long cursor) {
    List<OrderEvent> kept = feed.recentAfter(cursor, pageSize);
    return kept.isEmpty() ? contiguous(journal.eventsAfter(cursor, pageSize), cursor) : kept;
  }

  /** The leading run of {@code events} that continues {@code cursor} without a gap. */
  private static List<OrderEvent> contiguous(List<OrderEvent> events, long cursor) {
    List<OrderEvent> run = new ArrayList<>(events.size());
    long expected = cursor + 1;
    for (OrderEvent event : events) {
      if (event.sequence() != expected) {
        break;
      }
      run.add(event);
      expected++;
    }
    return run;
  }

  /** The next event is neither kept nor committed: pruned (a gap), or its commit is pending. */
  private void awaitCommit(long cursor) throws InterruptedException {
    long oldest = oldestAvailable();
    if (cursor + 1 < oldest) {
      throw new JournalGapException(cursor, oldest);
    }
    Thread.sleep(commitPause);
  }
}
