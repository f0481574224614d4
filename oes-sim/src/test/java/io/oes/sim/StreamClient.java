package io.oes.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A stream client on the JDK's WebSocket: collects every text frame as JSON, sends requests,
 * counts pings and notes when the server closes or the connection breaks.
 */
final class StreamClient implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private final AtomicInteger pings = new AtomicInteger();
  private final CompletableFuture<String> ended = new CompletableFuture<>();
  private final WebSocket socket;

  private StreamClient(String url) {
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create(url), new Listener()).join();
  }

  static StreamClient connect(String url) {
    return new StreamClient(url);
  }

  /** The next event, waiting up to 5 s; fails when none comes. */
  JsonNode next() {
    try {
      JsonNode event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (event == null) {
        throw new AssertionError("no user stream event within " + WAIT);
      }
      return event;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The next event whose type ({@code e}) is {@code type}, skipping others. */
  JsonNode next(String type) {
    return nextMatching(event -> event.path("e").asText().equals(type));
  }

  JsonNode nextMatching(Predicate<JsonNode> wanted) {
    List<JsonNode> skipped = new ArrayList<>();
    while (true) {
      JsonNode event = next();
      if (wanted.test(event)) {
        return event;
      }
      skipped.add(event);
      if (skipped.size() > 2000) {
        throw new AssertionError("no wanted event among " + skipped);
      }
    }
  }

  /** Whether an event arrives within {@code wait}. */
  boolean quietFor(Duration wait) throws InterruptedException {
    return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
  }

  /** Sends one text frame, as a client's request. */
  void send(String text) {
    socket.sendText(text, true).join();
  }

  /** Sends one binary frame, which no request is. */
  void sendBinary(byte[] bytes) {
    socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
  }

  /** Sends a request and returns the answer carrying its {@code id}, skipping stream events. */
  JsonNode request(String json, Object id) {
    send(json);
    return nextMatching(frame -> frame.has("id") && frame.get("id").asText()
        .equals(String.valueOf(id)));
  }

  int pings() {
    return pings.get();
  }

  /** Completes with "closed <code>" (1006: cut without a close frame) or "error" at the end. */
  CompletableFuture<String> ended() {
    return ended;
  }

  @Override
  public void close() {
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          events.add(MAPPER.readTree(partial.toString()));
        } catch (Exception e) {
          events.add(MAPPER.createObjectNode().put("unparsable", partial.toString()));
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
      pings.incrementAndGet();
      return WebSocket.Listener.super.onPing(webSocket, message);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      ended.complete("closed " + statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      ended.complete("error");
    }
  }
}
