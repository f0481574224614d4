package io.oes.sim.stream;

import io.oes.sim.marketdata.MarketStreamSink;
import io.oes.sim.marketdata.StreamName;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every open stream connection and who listens to what: market stream names and listen keys
 * alike are subscription names. The market data feed publishes through it; the user data hub
 * finds a listen key's connections through it. Thread-safe.
 */
public final class StreamRegistry implements MarketStreamSink {
  private final Map<String, StreamConnection> bySession = new ConcurrentHashMap<>();
  private final Map<String, Set<StreamConnection>> byName = new ConcurrentHashMap<>();

  void register(StreamConnection connection) {
    bySession.put(connection.sessionId(), connection);
  }

  /** Forgets a closed connection and everything it listened to. */
  void unregister(String sessionId) {
    StreamConnection connection = bySession.get(sessionId);
    if (connection != null) {
      forget(connection);
      connection.onClosed();
    }
  }

  void subscribe(StreamConnection connection, String name) {
    if (connection.addStream(name)) {
      byName.computeIfAbsent(name, unused -> ConcurrentHashMap.newKeySet()).add(connection);
    }
    // A request racing the socket's close must not leave the closed connection listed.
    if (!bySession.containsKey(connection.sessionId())) {
      unsubscribe(connection, name);
    }
  }

  void unsubscribe(StreamConnection connection, String name) {
    connection.removeStream(name);
    byName.computeIfPresent(name, (unused, listeners) -> {
      listeners.remove(connection);
      return listeners.isEmpty() ? null : listeners;
    });
  }

  /** Takes {@code name} off every connection listening to it, which stay open. */
  void unsubscribeAll(String name) {
    subscribersOf(name).forEach(connection -> unsubscribe(connection, name));
  }

  /** The connections listening to {@code name} now. */
  List<StreamConnection> subscribersOf(String name) {
    return List.copyOf(byName.getOrDefault(name, Set.of()));
  }

  /** The connection of a socket, null once it is gone. */
  StreamConnection connection(String sessionId) {
    return bySession.get(sessionId);
  }

  List<StreamConnection> all() {
    return List.copyOf(bySession.values());
  }

  int size() {
    return bySession.size();
  }

  /**
   * Forgets a connection about to be closed, without waiting for its socket to report the close;
   * frames already queued (a close frame) still leave.
   */
  void forget(StreamConnection connection) {
    bySession.remove(connection.sessionId(), connection);
    connection.streams().forEach(name -> unsubscribe(connection, name));
  }

  @Override
  public Set<String> subscribedStreams() {
    Set<String> names = new HashSet<>();
    byName.keySet().stream().filter(StreamName::looksLikeMarketStream).forEach(names::add);
    return names;
  }

  @Override
  public void publish(String stream, String eventJson) {
    Set<StreamConnection> listeners = byName.get(stream);
    if (listeners != null) {
      listeners.forEach(connection -> connection.send(stream, eventJson));
    }
  }
}
