package io.oes.core.feed;

/**
 * Receives every event of the feed in sequence order. Called on the thread that emitted the
 * event, inside the feed's ordering: must not block (hand the event to a queue and return).
 */
@FunctionalInterface
public interface FeedListener {

  void onEvent(OrderEvent event);
}
