package io.oes.sim.stream;

import io.javalin.Javalin;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import io.oes.sim.marketdata.StreamName;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every documented stream path, legacy and new (reference §1): raw ({@code /ws/<name>}, bare
 * events) and combined ({@code /stream?streams=a/b}, events wrapped in {@code {"stream","data"}})
 * at the root and under {@code /market}, {@code /public} and {@code /private}. A name with the
 * shape of a market stream subscribes it; any other name is a listen key, and an unknown one
 * closes the socket (1008). {@code /private/…} also takes {@code listenKey=} and the
 * {@code events=} filter. Text frames are the requests of {@link StreamRequests}, at most
 * {@link StreamLimits#messagesPerSecond()} a second: one more closes the connection (1008).
 */
public final class StreamEndpoints {
  private static final Logger LOG = LoggerFactory.getLogger(StreamEndpoints.class);
  private static final int POLICY_VIOLATION = 1008;
  /**
   * Binance cuts a connection that has not answered its pings for 10 minutes. Any frame from the
   * client, a pong included, restarts Jetty's idle clock, which is the same rule.
   */
  private static final Duration SILENCE_LIMIT = Duration.ofMinutes(10);

  private final StreamRegistry registry;
  private final UserStreamHub hub;
  private final StreamLimits limits;
  private final InstantSource clock;
  private final StreamRequests requests;

  public StreamEndpoints(StreamRegistry registry, UserStreamHub hub, StreamLimits limits,
      InstantSource clock) {
    this.registry = registry;
    this.hub = hub;
    this.limits = limits;
    this.clock = clock;
    this.requests = new StreamRequests(registry, limits.maxStreams());
  }

  public void registerOn(Javalin app) {
    for (String prefix : List.of("", "/market", "/public", "/private")) {
      app.ws(prefix + "/ws", ws -> handle(ws, false, StreamEndpoints::listenKeyParam));
      app.ws(prefix + "/ws/{name}", ws -> handle(ws, false,
          socket -> List.of(socket.pathParam("name"))));
      app.ws(prefix + "/stream", ws -> handle(ws, true, StreamEndpoints::streamsParam));
    }
  }

  private void handle(WsConfig ws, boolean combined,
      Function<WsContext, List<String>> initialNames) {
    ws.onConnect(socket -> onConnect(socket, combined, initialNames.apply(socket)));
    ws.onMessage(message -> onMessage(message, message.message()));
    // Requests are JSON text; a binary frame is answered as text that is no JSON would be.
    ws.onBinaryMessage(message -> onMessage(message, ""));
    ws.onClose(socket -> registry.unregister(socket.sessionId()));
    ws.onError(socket -> registry.unregister(socket.sessionId()));
  }

  private void onConnect(WsContext socket, boolean combined, List<String> names) {
    socket.session.setIdleTimeout(SILENCE_LIMIT);
    if (names.size() > limits.maxStreams()) {
      socket.closeSession(POLICY_VIOLATION, "Too many streams");
      return;
    }
    Optional<String> unknownKey = names.stream()
        .filter(name -> !StreamName.looksLikeMarketStream(name))
        .filter(key -> hub.listenKeys().accountOf(key).isEmpty()).findFirst();
    if (unknownKey.isPresent()) {
      socket.closeSession(POLICY_VIOLATION, "Invalid listenKey");
      return;
    }
    StreamConnection connection = new StreamConnection(socket, combined, eventFilter(socket),
        limits, clock.millis());
    registry.register(connection);
    names.forEach(name -> registry.subscribe(connection, name));
  }

  private void onMessage(WsContext socket, String text) {
    StreamConnection connection = registry.connection(socket.sessionId());
    if (connection == null) {
      return;
    }
    if (!connection.admitMessage(clock.millis())) {
      connection.close(POLICY_VIOLATION, "Too many requests");
      registry.forget(connection);
      return;
    }
    try {
      connection.answer(requests.answer(connection, text));
    } catch (RuntimeException e) {
      // A request the parser let through but no handler expected: answer, never drop the client.
      LOG.warn("Stream request {} failed", text, e);
      connection.answer("{\"error\":{\"code\":2,\"msg\":\"Invalid request\"},\"id\":null}");
    }
  }

  /** {@code /private/ws?listenKey=K}; nothing on the other raw paths. */
  private static List<String> listenKeyParam(WsContext socket) {
    return Optional.ofNullable(socket.queryParam("listenKey")).filter(key -> !key.isEmpty())
        .map(List::of).orElse(List.of());
  }

  /** {@code ?streams=a/b}, or {@code ?listenKey=K} on {@code /private/stream}. */
  private static List<String> streamsParam(WsContext socket) {
    String streams = Optional.ofNullable(socket.queryParam("streams")).orElse("");
    List<String> names = Arrays.stream(streams.split("/")).filter(name -> !name.isEmpty())
        .collect(Collectors.toList());
    names.addAll(listenKeyParam(socket));
    return names.stream().distinct().toList();
  }

  /** {@code events=A,B} (or {@code A/B}): the user data event types wanted; empty for all. */
  private static Set<String> eventFilter(WsContext socket) {
    String events = Optional.ofNullable(socket.queryParam("events")).orElse("");
    return Arrays.stream(events.split("[,/]")).map(String::trim)
        .filter(event -> !event.isEmpty()).collect(Collectors.toSet());
  }
}
