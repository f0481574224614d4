package io.oes.core.feed;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Numbers every order change and hands it, in that order, to the sinks (store, cache, event
 * bus) and to the live subscribers. Keeps the most recent events in memory so a resuming
 * subscriber can catch up with what the store has not committed yet ({@link FeedResume} reads
 * older events from the store's journal).
 *
 * <p>Emitting is serialised: account engines run on their own threads, and the sequence must
 * be one gap-free order across all of them. The critical section is short and never blocks.
 */
public final class OrderFeed {
  private final List<FeedListener> sinks;
  private final List<FeedListener> subscribers = new CopyOnWriteArrayList<>();
  private final RecentEvents recent;
  private long lastSequence;

  /**
   * @param sinks called for every event, in order, before the subscribers
   * @param recentCapacity how many past events are kept in memory for resuming subscribers
   * @param lastSequence the sequence already used (from the store after a restart)
   */
  public OrderFeed(List<FeedListener> sinks, int recentCapacity, long lastSequence) {
    this.sinks = List.copyOf(sinks);
    this.recent = new RecentEvents(recentCapacity, lastSequence);
    this.lastSequence = lastSequence;
  }

  /** Numbers {@code event} and delivers it; returns it as numbered. */
  public synchronized OrderEvent emit(OrderEvent event) {
    OrderEvent numbered = event.numbered(++lastSequence);
    recent.add(numbered);
    for (FeedListener sink : sinks) {
      sink.onEvent(numbered);
    }
    for (FeedListener subscriber : subscribers) {
      subscriber.onEvent(numbered);
    }
    return numbered;
  }

  /** Adds a live subscriber: it gets every event emitted from now on. */
  public void subscribe(FeedListener subscriber) {
    subscribers.add(subscriber);
  }

  /**
   * Adds a live subscriber that has seen every event up to {@code sequence}, after handing it
   * the events since, if they are all kept in memory and there are at most {@code maxReplay} of
   * them. Atomic with respect to emits, so nothing is missed or repeated between the replay and
   * the live events.
   *
   * @return whether the subscriber was added; if not, nothing was handed to it
   */
  public synchronized boolean subscribeAfter(FeedListener subscriber, long sequence,
      int maxReplay) {
    long behind = lastSequence - sequence;
    if (behind > 0 && (behind > maxReplay || !recent.holds(sequence + 1))) {
      return false;
    }
    recent.after(sequence, (int) Math.max(behind, 0)).forEach(subscriber::onEvent);
    subscribers.add(subscriber);
    return true;
  }

  /**
   * Up to {@code limit} kept events after {@code sequence}, oldest first; empty when the event
   * right after {@code sequence} is not kept (or not emitted yet).
   */
  public synchronized List<OrderEvent> recentAfter(long sequence, int limit) {
    return recent.after(sequence, limit);
  }

  /** The oldest sequence kept in memory; {@link #lastSequence()} + 1 when none is. */
  public synchronized long oldestKept() {
    return recent.oldest();
  }

  public void unsubscribe(FeedListener subscriber) {
    subscribers.remove(subscriber);
  }

  public synchronized long lastSequence() {
    return lastSequence;
  }

  public int subscriberCount() {
    return subscribers.size();
  }
}
