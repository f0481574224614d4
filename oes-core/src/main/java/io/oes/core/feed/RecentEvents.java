package io.oes.core.feed;

import java.util.ArrayList;
import java.util.List;

/**
 * The newest events of the feed in a ring, addressable by sequence: the event with sequence
 * {@code s} sits at {@code s % capacity}. Sequences are gap-free, so the ring always holds one
 * contiguous run ending at the newest. Not thread-safe: the feed guards it.
 */
final class RecentEvents {
  private final OrderEvent[] ring;
  private long newest;
  private int size;

  /**
   * @param capacity how many events are kept (0: none)
   * @param newest the sequence already used, so the run continues after it
   */
  RecentEvents(int capacity, long newest) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity " + capacity + " must not be negative");
    }
    this.ring = new OrderEvent[capacity];
    this.newest = newest;
  }

  /** Keeps {@code event}, the successor of the newest, dropping the oldest when full. */
  void add(OrderEvent event) {
    newest = event.sequence();
    if (ring.length == 0) {
      return;
    }
    ring[slot(newest)] = event;
    size = Math.min(size + 1, ring.length);
  }

  /** The sequence of the last event added (or the one already used when none was). */
  long newest() {
    return newest;
  }

  /** The oldest sequence kept; the newest + 1 when none is. */
  long oldest() {
    return newest - size + 1;
  }

  /** Whether the event with {@code sequence} is kept. */
  boolean holds(long sequence) {
    return sequence >= oldest() && sequence <= newest;
  }

  /**
   * The kept events after {@code sequence}, oldest first, at most {@code limit}; empty unless
   * the event right after {@code sequence} is kept (a partial run would hide a gap).
   */
  List<OrderEvent> after(long sequence, int limit) {
    if (!holds(sequence + 1)) {
      return List.of();
    }
    long last = Math.min(newest, sequence + limit);
    List<OrderEvent> events = new ArrayList<>((int) (last - sequence));
    for (long s = sequence + 1; s <= last; s++) {
      events.add(ring[slot(s)]);
    }
    return events;
  }

  private int slot(long sequence) {
    return (int) Math.floorMod(sequence, (long) ring.length);
  }
}
