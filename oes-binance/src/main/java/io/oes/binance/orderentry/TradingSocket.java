package io.oes.binance.orderentry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oes.binance.rest.RequestParams;
import io.oes.binance.rest.RestResponse;
import io.oes.binance.rest.VenueError;
import io.oes.binance.signing.BinanceCredentials;
import io.oes.binance.signing.BinanceSigner;
import io.oes.binance.stream.WholeTextListener;
import io.oes.binance.wire.WireJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One account's connection to the WebSocket API. Each request is signed on its own (HMAC keys
 * cannot log a session on): {@code apiKey}, {@code recvWindow} and {@code timestamp} are added,
 * and the signature covers every parameter sorted by name as {@code name=value} pairs, values
 * URL-encoded. Answers are matched to requests by {@code id}; a request unanswered within the
 * timeout, or still pending when the connection ends, completes exceptionally (its outcome is
 * unknown), except one that could not be written because the connection was already gone,
 * which fails with {@link NotSentException}. {@link #connect} reconnects a lost connection; it
 * never retries a request.
 * Thread-safe.
 */
final class TradingSocket implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TradingSocket.class);

  private final URI uri;
  private final BinanceCredentials credentials;
  private final BinanceSigner signer;
  private final long recvWindowMs;
  private final Duration timeout;
  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, CompletableFuture<RestResponse>> pending = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private volatile WebSocket socket;
  private CompletableFuture<Void> sending = CompletableFuture.completedFuture(null);
  private CompletableFuture<WebSocket> connecting;
  private volatile boolean closed;

  /** @param uri the WebSocket API, e.g. {@code wss://ws-fapi.binance.com/ws-fapi/v1} */
  TradingSocket(URI uri, BinanceCredentials credentials, long recvWindowMs, Duration timeout) {
    this.uri = uri;
    this.credentials = credentials;
    this.signer = new BinanceSigner(credentials);
    this.recvWindowMs = recvWindowMs;
    this.timeout = timeout;
  }

  boolean isOpen() {
    WebSocket current = socket;
    return current != null && !current.isOutputClosed() && !current.isInputClosed();
  }

  /** Opens the connection unless it is open or opening; completes when it is open. */
  synchronized CompletableFuture<WebSocket> connect() {
    if (isOpen()) {
      return CompletableFuture.completedFuture(socket);
    }
    if (connecting == null || connecting.isDone()) {
      connecting = http.newWebSocketBuilder().connectTimeout(timeout)
          .buildAsync(uri, new WholeTextListener(this::onAnswer, this::onLost))
          .whenComplete((opened, failure) -> {
            if (failure == null) {
              socket = opened;
              LOG.info("WebSocket API connected: {}", uri);
            } else if (!closed) {
              LOG.warn("WebSocket API connection to {} failed: {}", uri, failure.getMessage());
            }
          });
    }
    return connecting;
  }

  /**
   * Sends {@code method} with {@code params} (as built for REST) and the exchange timestamp
   * {@code timestampMs}; completes with the answer as REST would have given it.
   */
  CompletableFuture<RestResponse> request(String method, RequestParams params, long timestampMs) {
    String id = Long.toString(ids.incrementAndGet());
    CompletableFuture<RestResponse> answer = new CompletableFuture<>();
    pending.put(id, answer);
    answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete((response, failure) -> pending.remove(id));
    String frame = frame(id, method, params, timestampMs);
    send(frame).exceptionally(failure -> {
      answer.completeExceptionally(failure);
      return null;
    });
    return answer.exceptionallyCompose(failure -> CompletableFuture.failedFuture(
        failure instanceof TimeoutException
            ? new HttpTimeoutException("no WebSocket API answer to " + method + " within "
                + timeout.toMillis() + " ms")
            : failure));
  }

  // The JDK's WebSocket takes one outgoing message at a time: sends are chained.
  private synchronized CompletableFuture<Void> send(String frame) {
    WebSocket current = socket;
    if (current == null) {
      return CompletableFuture.failedFuture(new NotSentException("WebSocket API not connected"));
    }
    sending = sending.handle((ignored, failure) -> null)
        .thenCompose(ignored -> current.sendText(frame, true).thenApply(ws -> null));
    return sending;
  }

  private String frame(String id, String method, RequestParams params, long timestampMs) {
    Map<String, String> all = new TreeMap<>(decode(params.encoded()));
    all.put("apiKey", credentials.apiKey());
    all.put("recvWindow", Long.toString(recvWindowMs));
    all.put("timestamp", Long.toString(timestampMs));
    String payload = all.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + RequestParams.encode(entry.getValue()))
        .collect(Collectors.joining("&"));
    ObjectNode request = JsonNodeFactory.instance.objectNode().put("id", id)
        .put("method", method);
    ObjectNode json = request.putObject("params");
    all.forEach(json::put);
    json.put("signature", signer.sign(payload));
    return request.toString();
  }

  private static Map<String, String> decode(String encoded) {
    if (encoded.isEmpty()) {
      return Map.of();
    }
    return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2))
        .collect(Collectors.toMap(pair -> pair[0],
            pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
  }

  private void onAnswer(String text) {
    JsonNode answer;
    try {
      answer = WireJson.read(text);
    } catch (IllegalStateException e) {
      LOG.warn("Unreadable WebSocket API answer ignored: {}", e.getMessage());
      return;
    }
    CompletableFuture<RestResponse> waiting = pending.remove(answer.path("id").asText());
    if (waiting == null) {
      return;
    }
    int status = answer.path("status").asInt();
    JsonNode error = answer.path("error");
    waiting.complete(error.isObject()
        ? new RestResponse(status, error.toString(),
            new VenueError(error.path("code").asInt(), error.path("msg").asText("")), -1)
        : new RestResponse(status, answer.path("result").toString(), null, -1));
  }

  private void onLost(String why) {
    socket = null;
    if (!closed) {
      LOG.warn("WebSocket API connection lost: {}", why);
    }
    IOException lost = new IOException("WebSocket API connection lost: " + why);
    pending.values().forEach(waiting -> waiting.completeExceptionally(lost));
  }

  @Override
  public void close() {
    closed = true;
    WebSocket current = socket;
    if (current != null) {
      current.sendClose(WebSocket.NORMAL_CLOSURE, "closing").exceptionally(failure -> null);
    }
    onLost("closed");
  }
}
