package io.oes.core.feed;

import java.util.List;

/**
 * The committed journal as a resume reads it, a page at a time. The order store provides it;
 * the feed names only what it reads.
 */
public interface JournalPages {

  /**
   * Up to {@code limit} journal events with a sequence above {@code sequence}, oldest first,
   * each with its fill. Only events the store has made durable: an event appended but not yet
   * committed is not among them (the feed keeps the newest events for that). May block on I/O:
   * call it off the feed's and the engines' threads.
   */
  List<OrderEvent> eventsAfter(long sequence, int limit);

  /**
   * The sequence of the oldest event the journal still holds (an operator may prune old
   * events); 0 when it holds none. May block on I/O.
   */
  long oldestSequence();
}
