package io.oes.sim.stream;

import io.javalin.websocket.WsContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One user data stream WebSocket. Every write (event, ping, close) goes through the connection's
 * own single sender thread, so events leave in the order they were handed over and a slow client
 * never blocks the matching engine that produced them. Thread-safe.
 */
final class StreamConnection {
  private static final Logger LOG = LoggerFactory.getLogger(StreamConnection.class);

  private final WsContext socket;
  private final String listenKey;
  private final boolean wrapped;
  private final ExecutorService sender;

  /**
   * @param wrapped whether events travel as {@code {"stream":key,"data":event}} ({@code /stream}
   *     paths) rather than bare ({@code /ws} paths)
   */
  StreamConnection(WsContext socket, String listenKey, boolean wrapped) {
    this.socket = socket;
    this.listenKey = listenKey;
    this.wrapped = wrapped;
    this.sender = Executors.newSingleThreadExecutor(
        Thread.ofVirtual().name("oes-sim-stream-" + socket.sessionId()).factory());
  }

  String listenKey() {
    return listenKey;
  }

  String sessionId() {
    return socket.sessionId();
  }

  /** Queues one event, given as its JSON text. */
  void send(String eventJson) {
    String frame = wrapped
        ? "{\"stream\":\"" + listenKey + "\",\"data\":" + eventJson + "}"
        : eventJson;
    submit(() -> socket.send(frame));
  }

  void ping() {
    submit(() -> socket.sendPing(ByteBuffer.wrap("oes-sim".getBytes(StandardCharsets.US_ASCII))));
  }

  /** Cuts the TCP connection without a close handshake, as a network failure would. */
  void drop() {
    submit(socket.session::disconnect);
    sender.shutdown();
  }

  /** Closes with a normal close frame. */
  void close(int statusCode, String reason) {
    submit(() -> socket.closeSession(statusCode, reason));
    sender.shutdown();
  }

  /** Stops sending; called once the socket is gone. */
  void onClosed() {
    sender.shutdownNow();
  }

  private void submit(Runnable write) {
    try {
      sender.execute(() -> {
        try {
          write.run();
        } catch (RuntimeException e) {
          LOG.debug("Write to user stream {} failed: {}", socket.sessionId(), e.toString());
        }
      });
    } catch (RejectedExecutionException e) {
      LOG.debug("User stream {} already closed", socket.sessionId());
    }
  }
}
