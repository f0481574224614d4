package io.oes.binance.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scripted stand-in for the Binance REST API on a loopback port: records every request as
 * received (raw query and body, headers) and answers from a per-route queue of replies. {@code
 * GET /fapi/v1/time} answers with the real time unless scripted; an unscripted route answers
 * 404 without a venue code.
 */
public final class FakeBinance implements AutoCloseable {
  private static final String TIME_ROUTE = "GET /fapi/v1/time";

  private final HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(4);
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();

  private FakeBinance(HttpServer server) {
    this.server = server;
    server.createContext("/", this::handle);
    server.setExecutor(workers);
    server.start();
  }

  /** A fake on a free loopback port. */
  public static FakeBinance start() throws IOException {
    return new FakeBinance(
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Queues replies for {@code method path}; the last one repeats once the others are used. */
  public FakeBinance on(String method, String path, Reply... queued) {
    replies.computeIfAbsent(method + " " + path, key -> new ArrayDeque<>()).addAll(List.of(queued));
    return this;
  }

  /** Every request received so far, in arrival order. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The requests received for {@code method path}. */
  public List<RecordedRequest> requests(String method, String path) {
    return requests.stream()
        .filter(request -> request.method().equals(method) && request.path().equals(path))
        .toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      String query = exchange.getRequestURI().getRawQuery();
      requests.add(new RecordedRequest(method, path, query == null ? "" : query, body,
          copy(exchange.getRequestHeaders())));
      respond(exchange, replyFor(method + " " + path));
    }
  }

  private Reply replyFor(String route) {
    Deque<Reply> queue = replies.get(route);
    if (queue != null) {
      synchronized (queue) {
        if (!queue.isEmpty()) {
          return queue.size() > 1 ? queue.poll() : queue.peek();
        }
      }
    }
    if (route.equals(TIME_ROUTE)) {
      return Reply.ok("{\"serverTime\":" + System.currentTimeMillis() + "}");
    }
    return new Reply(404, "<html>Not Found</html>", Map.of(), 0);
  }

  private static void respond(HttpExchange exchange, Reply reply) throws IOException {
    if (reply.delayMs() > 0) {
      try {
        Thread.sleep(reply.delayMs());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    reply.headers().forEach(exchange.getResponseHeaders()::add);
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> copy(Headers headers) {
    Map<String, String> copy = new ConcurrentHashMap<>();
    headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT),
        String.join(",", values)));
    return copy;
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
