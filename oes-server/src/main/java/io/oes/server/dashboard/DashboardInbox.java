package io.oes.server.dashboard;

import io.oes.core.feed.FeedListener;
import io.oes.core.feed.OrderEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The order feed's events on their way to the dashboard. A feed sink, so it runs inside the
 * feed's ordering: it only queues, and only while a page is open. When the dashboard falls
 * behind by more than the queue holds it drops events and says so, and every page is sent a
 * fresh snapshot instead; order handling never waits for a browser.
 */
public final class DashboardInbox implements FeedListener {
  private static final int CAPACITY = 10_000;

  private final BlockingQueue<OrderEvent> queue = new ArrayBlockingQueue<>(CAPACITY);
  private volatile boolean open;
  private volatile boolean overflowed;
  private volatile Runnable onArrival = () -> {};

  /** An inbox that queues nothing until a {@link LiveDashboard} has a page open. */
  public DashboardInbox() {}

  @Override
  public void onEvent(OrderEvent event) {
    if (!open) {
      return;
    }
    if (!queue.offer(event)) {
      overflowed = true;
    }
    onArrival.run();
  }

  /** Starts (or stops) queueing: only worth it while some page watches. */
  void setOpen(boolean watched) {
    open = watched;
    if (!watched) {
      queue.clear();
    }
  }

  /** Called (on the feed's delivery thread; must not block) after each queued event. */
  void onArrival(Runnable callback) {
    onArrival = callback;
  }

  /** The queued events, oldest first; empty after an overflow (see {@link #overflowed()}). */
  List<OrderEvent> drain() {
    List<OrderEvent> events = new ArrayList<>();
    queue.drainTo(events);
    return events;
  }

  /** Whether events were dropped since the last call; clears the flag and the queue. */
  boolean overflowed() {
    if (!overflowed) {
      return false;
    }
    overflowed = false;
    queue.clear();
    return true;
  }
}
