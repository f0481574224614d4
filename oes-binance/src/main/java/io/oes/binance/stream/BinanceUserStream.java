package io.oes.binance.stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.binance.rest.BinanceRestClient;
import io.oes.binance.wire.UserStreamEvents;
import io.oes.binance.wire.WireJson;
import io.oes.core.port.ExecutionListener;
import io.oes.core.port.ExecutionStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One account's user data stream, kept alive: a listenKey renewed every {@code keepAlive}, a
 * WebSocket on {@code /private/ws?listenKey=K} reconnected with back-off after any close,
 * error or {@code listenKeyExpired}, and replaced before the exchange's 24-hour cut. Every
 * (re)connection is reported as a gap, since events may have been missed meanwhile.
 *
 * <p>Connection work runs on one scheduler thread; events are delivered on the WebSocket's
 * thread, in the order the exchange sent them.
 */
public final class BinanceUserStream implements ExecutionStream {
  private static final Logger LOG = LoggerFactory.getLogger(BinanceUserStream.class);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final ListenKeys listenKeys;
  private final URI webSocketBase;
  private final StreamTimings timings;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
      r -> {
        Thread t = new Thread(r, "binance-user-stream");
        t.setDaemon(true);
        return t;
      });
  private ExecutionListener listener;
  private volatile WebSocket socket;
  private volatile String listenKey;
  private volatile boolean connected;
  private volatile boolean closing;
  private int failures;
  private long generation;

  public BinanceUserStream(BinanceRestClient rest, URI webSocketBase, StreamTimings timings) {
    this.listenKeys = new ListenKeys(rest);
    this.webSocketBase = webSocketBase;
    this.timings = timings;
  }

  @Override
  public void start(ExecutionListener executionListener) {
    this.listener = executionListener;
    scheduler.execute(this::connect);
    long keepAliveMs = timings.keepAlive().toMillis();
    scheduler.scheduleWithFixedDelay(this::keepAlive, keepAliveMs, keepAliveMs,
        TimeUnit.MILLISECONDS);
  }

  @Override
  public boolean isConnected() {
    return connected;
  }

  /** Scheduler only. */
  private void connect() {
    if (closing) {
      return;
    }
    long attempt = ++generation;
    listenKeys.create()
        .thenCompose(key -> {
          listenKey = key;
          return http.newWebSocketBuilder().connectTimeout(timings.connectTimeout())
              .buildAsync(streamUri(key), new WholeTextListener(
                  text -> onMessage(attempt, text), why -> onLost(attempt, why)));
        })
        .whenComplete((ws, error) -> scheduler.execute(() -> onConnected(attempt, ws, error)));
  }

  private void onConnected(long attempt, WebSocket ws, Throwable error) {
    if (attempt != generation) {
      return;
    }
    if (error != null) {
      LOG.warn("User data stream connection failed: {}", error.getMessage());
      reconnectLater();
      return;
    }
    socket = ws;
    connected = true;
    failures = 0;
    scheduler.schedule(() -> replace(attempt, "24-hour limit"), timings.maxConnectionAge()
        .toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("User data stream connected");
    listener.onGap("user data stream (re)connected");
  }

  private void keepAlive() {
    String key = listenKey;
    if (key == null || closing) {
      return;
    }
    listenKeys.keepAlive(key).whenComplete((known, error) -> {
      if (Boolean.FALSE.equals(known)) {
        scheduler.execute(() -> replace(generation, "listenKey no longer known"));
      }
    });
  }

  /** Scheduler only: drops the connection of {@code attempt} and opens a new one. */
  private void replace(long attempt, String why) {
    if (attempt != generation || closing) {
      return;
    }
    LOG.info("Replacing the user data stream: {}", why);
    connected = false;
    WebSocket old = socket;
    if (old != null) {
      old.abort();
    }
    connect();
  }

  private void reconnectLater() {
    connected = false;
    long delayMs = Math.min(MAX_BACKOFF.toMillis(),
        timings.firstBackoff().toMillis() << Math.min(failures++, 16));
    scheduler.schedule(this::connect, delayMs, TimeUnit.MILLISECONDS);
  }

  private URI streamUri(String key) {
    String base = webSocketBase.toString().replaceAll("/+$", "");
    return URI.create(base + "/private/ws?listenKey=" + key);
  }

  @Override
  public void close() {
    closing = true;
    connected = false;
    WebSocket ws = socket;
    if (ws != null) {
      ws.abort();
    }
    String key = listenKey;
    if (key != null) {
      listenKeys.close(key);
    }
    scheduler.shutdownNow();
  }

  /** Reads one message of connection attempt {@code attempt}. */
  private void onMessage(long attempt, String text) {
    JsonNode message;
    try {
      message = WireJson.read(text);
    } catch (IllegalStateException e) {
      LOG.warn("Unreadable user data stream message ignored: {}", e.getMessage());
      return;
    }
    if ("listenKeyExpired".equals(UserStreamEvents.typeOf(message))) {
      scheduler.execute(() -> replace(attempt, "listenKey expired"));
      return;
    }
    UserStreamEvents.orderUpdate(message).ifPresent(listener::onExecution);
  }

  private void onLost(long attempt, String why) {
    scheduler.execute(() -> {
      if (attempt == generation && !closing) {
        LOG.warn("User data stream lost: {}", why);
        reconnectLater();
      }
    });
  }
}
