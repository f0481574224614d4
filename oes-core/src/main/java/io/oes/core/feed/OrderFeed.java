package io.oes.core.feed;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Numbers every order change and hands it, in that order, to the sinks (store, cache, event
 * bus) and to the live subscribers. Keeps the most recent events in memory so a resuming
 * subscriber can catch up with what the store has not committed yet ({@link FeedResume} reads
 * older events from the store's journal).
 *
 * <p>Threads: {@link #emit} may be called from any thread (each account's writer) and takes no
 * lock: it claims the next sequence of one gap-free order across all accounts, leaves the event
 * in a {@code DeliveryRing} and returns. One daemon thread per feed, {@code order-feed}, takes
 * the events strictly in sequence order and hands each to the recent events, then every sink,
 * then every subscriber; so sinks and subscribers are called on that thread, after {@code emit}
 * has returned. Should the sinks fall a whole ring behind, {@code emit} waits for room: no event
 * is dropped. A sink or subscriber that throws is logged (at ERROR, with the sequence) and
 * counted ({@link #listenerFailures}); the others, and the events after, are still delivered.
 *
 * <p>The readers that must line up with the deliveries ({@link #subscribeAfter}, {@link
 * #recentAfter}, {@link #oldestKept}) share a lock with the delivery thread only, never with
 * {@code emit}. {@link #close} delivers every event claimed before it, then stops the thread.
 */
public final class OrderFeed implements AutoCloseable {
  /** Events the sinks may fall behind before {@code emit} waits. */
  public static final int DEFAULT_RING_CAPACITY = 65_536;
  private static final System.Logger LOG = System.getLogger(OrderFeed.class.getName());
  /** Events taken from the ring at once: one lock and one release per batch. */
  private static final int MAX_BATCH = 256;
  private static final FeedListener[] NONE = new FeedListener[0];

  private final FeedListener[] sinks;
  private final Thread delivery;
  private final DeliveryRing ring;
  private final AtomicLong listenerFailures = new AtomicLong();
  /** Taken by the delivery thread and the readers; guards {@link #recent} and the set below. */
  private final ReentrantLock deliveries = new ReentrantLock();
  private final RecentEvents recent;
  /** Copied on change, so the delivery thread hands a batch to the set it saw under the lock. */
  private volatile FeedListener[] subscribers = NONE;

  /**
   * A feed with a ring of {@link #DEFAULT_RING_CAPACITY} events.
   *
   * @param sinks called for every event, in order, before the subscribers
   * @param recentCapacity how many past events are kept in memory for resuming subscribers
   * @param lastSequence the sequence already used (from the store after a restart)
   */
  public OrderFeed(List<FeedListener> sinks, int recentCapacity, long lastSequence) {
    this(sinks, recentCapacity, lastSequence, DEFAULT_RING_CAPACITY);
  }

  /**
   * @param ringCapacity events claimed but not yet delivered before {@code emit} waits; a power
   *     of two
   */
  public OrderFeed(List<FeedListener> sinks, int recentCapacity, long lastSequence,
      int ringCapacity) {
    this.sinks = sinks.toArray(NONE);
    this.recent = new RecentEvents(recentCapacity, lastSequence);
    this.delivery = Thread.ofPlatform().name("order-feed").daemon()
        .unstarted(() -> deliverFrom(lastSequence + 1));
    this.ring = new DeliveryRing(ringCapacity, lastSequence, delivery);
    delivery.start();
  }

  /**
   * Numbers {@code event} and queues it for delivery; returns it as numbered, before any sink
   * has seen it. Waits only while the ring is full.
   *
   * @throws IllegalStateException once the feed is closed
   */
  public OrderEvent emit(OrderEvent event) {
    return ring.publish(event);
  }

  /** Adds a live subscriber: it gets every event delivered from now on. */
  public void subscribe(FeedListener subscriber) {
    deliveries.lock();
    try {
      addSubscriber(subscriber);
    } finally {
      deliveries.unlock();
    }
  }

  /**
   * Adds a live subscriber that has seen every event up to {@code sequence}, after handing it
   * the events since, if they are all delivered and kept in memory and there are at most {@code
   * maxReplay} of them. Atomic with respect to deliveries, so nothing is missed or repeated
   * between the replay and the live events. The replay runs on the caller's thread.
   *
   * @return whether the subscriber was added; if not, nothing was handed to it
   */
  public boolean subscribeAfter(FeedListener subscriber, long sequence, int maxReplay) {
    deliveries.lock();
    try {
      long behind = recent.newest() - sequence;
      if (behind > 0 && (behind > maxReplay || !recent.holds(sequence + 1))) {
        return false;
      }
      if (behind < 0 && sequence <= ring.lastClaimed()) {
        return false; // claimed but not delivered yet: subscribed now, it would get it again
      }
      recent.after(sequence, (int) Math.max(behind, 0)).forEach(subscriber::onEvent);
      addSubscriber(subscriber);
      return true;
    } finally {
      deliveries.unlock();
    }
  }

  /**
   * Up to {@code limit} kept events after {@code sequence}, oldest first; empty when the event
   * right after {@code sequence} is not kept (or not delivered yet).
   */
  public List<OrderEvent> recentAfter(long sequence, int limit) {
    deliveries.lock();
    try {
      return recent.after(sequence, limit);
    } finally {
      deliveries.unlock();
    }
  }

  /** The oldest sequence kept in memory; the last delivered + 1 when none is. */
  public long oldestKept() {
    deliveries.lock();
    try {
      return recent.oldest();
    } finally {
      deliveries.unlock();
    }
  }

  public void unsubscribe(FeedListener subscriber) {
    deliveries.lock();
    try {
      FeedListener[] current = subscribers;
      int at = Arrays.asList(current).indexOf(subscriber);
      if (at >= 0) {
        FeedListener[] fewer = new FeedListener[current.length - 1];
        System.arraycopy(current, 0, fewer, 0, at);
        System.arraycopy(current, at + 1, fewer, at, fewer.length - at);
        subscribers = fewer;
      }
    } finally {
      deliveries.unlock();
    }
  }

  /** The last sequence emitted; its delivery may still be under way. */
  public long lastSequence() {
    return ring.lastClaimed();
  }

  public int subscriberCount() {
    return subscribers.length;
  }

  /** How often a sink or subscriber has thrown since the feed started. */
  public long listenerFailures() {
    return listenerFailures.get();
  }

  /**
   * Waits until the event numbered {@code sequence}, and every one before, has been handed to
   * every sink and subscriber; at most {@code timeout}. Not on the delivery thread (a sink).
   *
   * @return whether it was; false on timeout, or if the feed closed before numbering it
   */
  public boolean awaitDelivered(long sequence, Duration timeout) throws InterruptedException {
    return ring.awaitReleased(sequence, timeout);
  }

  /**
   * Delivers every event emitted before this call, then stops the delivery thread; emitting
   * afterwards fails. Call it once the producers have stopped.
   */
  @Override
  public void close() {
    ring.close();
    try {
      delivery.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Must hold {@link #deliveries}. */
  private void addSubscriber(FeedListener subscriber) {
    FeedListener[] current = subscribers;
    FeedListener[] more = Arrays.copyOf(current, current.length + 1);
    more[current.length] = subscriber;
    subscribers = more;
  }

  /** The delivery thread: takes batches in sequence order until the ring is closed. */
  private void deliverFrom(long first) {
    OrderEvent[] batch = new OrderEvent[MAX_BATCH];
    long next = first;
    int taken;
    while ((taken = ring.take(next, batch)) > 0) {
      FeedListener[] audience = keep(batch, taken);
      for (int i = 0; i < taken; i++) {
        deliver(batch[i], audience);
        batch[i] = null;
      }
      next += taken;
      ring.release(next - 1);
    }
  }

  /**
   * Makes the batch visible to the readers and returns the subscribers to hand it to, in one
   * step: a subscriber added later was replayed these events from the recent ones.
   */
  private FeedListener[] keep(OrderEvent[] batch, int taken) {
    deliveries.lock();
    try {
      for (int i = 0; i < taken; i++) {
        recent.add(batch[i]);
      }
      return subscribers;
    } finally {
      deliveries.unlock();
    }
  }

  private void deliver(OrderEvent event, FeedListener[] audience) {
    for (FeedListener sink : sinks) {
      handOver(sink, event);
    }
    for (FeedListener subscriber : audience) {
      handOver(subscriber, event);
    }
  }

  /** One listener's failure is its own: logged once, counted, and delivery goes on. */
  private void handOver(FeedListener listener, OrderEvent event) {
    try {
      listener.onEvent(event);
    } catch (Throwable e) {
      listenerFailures.incrementAndGet();
      LOG.log(System.Logger.Level.ERROR, "Order feed: " + listener + " failed on sequence "
          + event.sequence() + "; delivery goes on", e);
    }
  }
}
