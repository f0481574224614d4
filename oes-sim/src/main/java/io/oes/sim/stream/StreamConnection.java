package io.oes.sim.stream;

import io.javalin.websocket.WsContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One stream WebSocket, market or user data or both: its subscriptions, whether frames are
 * wrapped ({@code combined}), which user data events it wants, and its outbox. Every write goes
 * through the connection's own sender (a virtual thread) from a bounded queue, so frames leave in
 * the order they were handed over and a publisher never waits for a client; a client whose queue
 * is full is cut. Thread-safe.
 */
final class StreamConnection {
  private static final Logger LOG = LoggerFactory.getLogger(StreamConnection.class);
  private static final Runnable STOP = () -> { };

  private final WsContext socket;
  private final long connectedAtMillis;
  private final Set<String> eventFilter;
  private final BlockingQueue<Runnable> outbox;
  private final Set<String> streams = new LinkedHashSet<>();
  private final MessageRate rate;
  private volatile boolean combined;
  private volatile boolean gone;

  /**
   * @param combined whether frames travel as {@code {"stream":name,"data":event}}
   * @param eventFilter the user data event types wanted; empty for all
   */
  StreamConnection(WsContext socket, boolean combined, Set<String> eventFilter,
      StreamLimits limits, long connectedAtMillis) {
    this.socket = socket;
    this.combined = combined;
    this.eventFilter = Set.copyOf(eventFilter);
    this.connectedAtMillis = connectedAtMillis;
    this.outbox = new ArrayBlockingQueue<>(limits.outboxFrames());
    this.rate = new MessageRate(limits.messagesPerSecond());
    Thread.ofVirtual().name("oes-sim-stream-" + socket.sessionId()).start(this::sendLoop);
  }

  String sessionId() {
    return socket.sessionId();
  }

  long connectedAtMillis() {
    return connectedAtMillis;
  }

  boolean combined() {
    return combined;
  }

  void combined(boolean wrapped) {
    this.combined = wrapped;
  }

  /** Whether one more incoming message fits this second's allowance. */
  boolean admitMessage(long nowMillis) {
    return rate.admit(nowMillis);
  }

  synchronized boolean addStream(String name) {
    return streams.add(name);
  }

  synchronized boolean removeStream(String name) {
    return streams.remove(name);
  }

  synchronized List<String> streams() {
    return new ArrayList<>(streams);
  }

  synchronized int streamCount() {
    return streams.size();
  }

  /** Queues one event of {@code stream}, wrapped when the connection is combined. */
  void send(String stream, String eventJson) {
    String frame = combined ? "{\"stream\":\"" + stream + "\",\"data\":" + eventJson + "}"
        : eventJson;
    enqueue(() -> socket.send(frame));
  }

  /** Queues a user data event unless the connection's {@code events=} filter leaves it out. */
  void sendUserEvent(String listenKey, String eventType, String eventJson) {
    if (eventFilter.isEmpty() || eventFilter.contains(eventType)) {
      send(listenKey, eventJson);
    }
  }

  /** Queues an answer to a request: never wrapped. */
  void answer(String json) {
    enqueue(() -> socket.send(json));
  }

  void ping() {
    enqueue(() -> socket.sendPing(ByteBuffer.wrap("oes-sim".getBytes(StandardCharsets.US_ASCII))));
  }

  /** Closes with a close frame once the frames queued before have left. */
  void close(int statusCode, String reason) {
    enqueue(() -> socket.closeSession(statusCode, reason));
    enqueue(STOP);
  }

  /** Cuts the TCP connection at once without a close handshake, as a network failure would. */
  void drop() {
    gone = true;
    outbox.clear();
    outbox.offer(STOP);
    try {
      socket.session.disconnect();
    } catch (RuntimeException e) {
      LOG.debug("Stream {} already gone: {}", sessionId(), e.toString());
    }
  }

  /** Stops sending; called once the socket is gone. */
  void onClosed() {
    gone = true;
    outbox.clear();
    outbox.offer(STOP);
  }

  private void enqueue(Runnable write) {
    if (gone) {
      return;
    }
    if (!outbox.offer(write)) {
      LOG.info("Stream {} cut: the client reads slower than its streams are published",
          sessionId());
      drop();
    }
  }

  private void sendLoop() {
    try {
      while (true) {
        Runnable write = outbox.take();
        if (write == STOP) {
          return;
        }
        try {
          write.run();
        } catch (RuntimeException e) {
          LOG.debug("Write to stream {} failed: {}", sessionId(), e.toString());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
