package io.oes.core.feed;

/**
 * Receives every event of the feed in sequence order. Called on the feed's one delivery thread
 * ({@code order-feed}), after the emitting thread has moved on: must not block (hand the event
 * to a queue and return), since every later event, for every listener, waits for it. A
 * listener that throws is logged and skipped for that event only.
 */
@FunctionalInterface
public interface FeedListener {

  void onEvent(OrderEvent event);
}
