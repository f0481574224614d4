package io.oes.core.feed;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Numbers every order change and hands it, in that order, to the sinks (store, cache, event
 * bus) and to the live subscribers. Keeps the most recent events so a reconnecting subscriber
 * can resume after the last sequence it saw.
 *
 * <p>Emitting is serialised: account engines run on their own threads, and the sequence must
 * be one gap-free order across all of them. The critical section is short and never blocks.
 */
public final class OrderFeed {
  private final List<FeedListener> sinks;
  private final List<FeedListener> subscribers = new CopyOnWriteArrayList<>();
  private final ArrayDeque<OrderEvent> recent;
  private final int recentCapacity;
  private long lastSequence;

  /**
   * @param sinks called for every event, in order, before the subscribers
   * @param recentCapacity how many past events are kept for resuming subscribers
   * @param lastSequence the sequence already used (from the store after a restart)
   */
  public OrderFeed(List<FeedListener> sinks, int recentCapacity, long lastSequence) {
    this.sinks = List.copyOf(sinks);
    this.recentCapacity = recentCapacity;
    this.recent = new ArrayDeque<>(Math.min(recentCapacity, 1 << 16));
    this.lastSequence = lastSequence;
  }

  /** Numbers {@code event} and delivers it; returns it as numbered. */
  public synchronized OrderEvent emit(OrderEvent event) {
    OrderEvent numbered = event.numbered(++lastSequence);
    if (recent.size() == recentCapacity) {
      recent.removeFirst();
    }
    recent.addLast(numbered);
    for (FeedListener sink : sinks) {
      sink.onEvent(numbered);
    }
    for (FeedListener subscriber : subscribers) {
      subscriber.onEvent(numbered);
    }
    return numbered;
  }

  /**
   * Adds a live subscriber after handing it, first, every kept event with a sequence above
   * {@code fromSequence} (none when {@code fromSequence} is 0). Atomic with respect to emits,
   * so nothing is missed or repeated between the replay and the live events.
   *
   * @return the sequence of the oldest kept event, so a caller can tell whether its resume
   *     point is still covered
   */
  public synchronized long subscribe(FeedListener subscriber, long fromSequence) {
    if (fromSequence > 0) {
      for (OrderEvent event : recent) {
        if (event.sequence() > fromSequence) {
          subscriber.onEvent(event);
        }
      }
    }
    subscribers.add(subscriber);
    return recent.isEmpty() ? lastSequence + 1 : recent.peekFirst().sequence();
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
