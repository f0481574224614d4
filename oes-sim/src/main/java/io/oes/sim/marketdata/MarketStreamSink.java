package io.oes.sim.marketdata;

import java.util.Set;

/**
 * Where the market data feed delivers: the WebSocket side, which knows which streams someone is
 * subscribed to. Called from the feed's thread only; implementations must hand off and never
 * block on a client.
 */
public interface MarketStreamSink {

  /** The names of every market stream at least one connection is subscribed to now. */
  Set<String> subscribedStreams();

  /** Delivers one event, as JSON text, to every connection subscribed to {@code stream}. */
  void publish(String stream, String eventJson);
}
