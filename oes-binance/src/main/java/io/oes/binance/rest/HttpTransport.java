package io.oes.binance.rest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts already-encoded parameters on the wire: GET and DELETE in the query string, POST and PUT
 * as a form body. Records the usage headers of every answer.
 */
final class HttpTransport implements AutoCloseable {
  static final String API_KEY_HEADER = "X-MBX-APIKEY";
  private static final String FORM = "application/x-www-form-urlencoded";

  private final HttpClient http;
  private final String baseUrl;
  private final String apiKey;
  private final Duration requestTimeout;
  private final InstantSource clock;
  private final AtomicReference<RateLimitUsage> usage =
      new AtomicReference<>(RateLimitUsage.NONE);

  HttpTransport(BinanceClientConfig config) {
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.requestTimeout())
        .build();
    String base = config.baseUrl().toString();
    this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.apiKey = config.credentials().apiKey();
    this.requestTimeout = config.requestTimeout();
    this.clock = config.clock();
  }

  /** Sends {@code params} (encoded, signature included if any) to {@code path}. */
  CompletableFuture<RestResponse> send(HttpVerb verb, String path, String params) {
    return http.sendAsync(request(verb, path, params), HttpResponse.BodyHandlers.ofString())
        .thenApply(this::toResponse);
  }

  RateLimitUsage usage() {
    return usage.get();
  }

  private HttpRequest request(HttpVerb verb, String path, String params) {
    HttpRequest.Builder builder = HttpRequest.newBuilder()
        .timeout(requestTimeout)
        .header(API_KEY_HEADER, apiKey);
    if (verb.carriesBody()) {
      return builder.uri(URI.create(baseUrl + path))
          .header("Content-Type", FORM)
          .method(verb.name(), HttpRequest.BodyPublishers.ofString(params))
          .build();
    }
    String query = params.isEmpty() ? "" : "?" + params;
    return builder.uri(URI.create(baseUrl + path + query))
        .method(verb.name(), HttpRequest.BodyPublishers.noBody())
        .build();
  }

  private RestResponse toResponse(HttpResponse<String> response) {
    int status = response.statusCode();
    usage.updateAndGet(current -> current.observe(status, response.headers(), clock.instant()));
    VenueError error = status == 200 ? null : JsonBodies.errorOf(response.body());
    long retryAfter = RateLimitUsage.longHeader(response.headers(), RateLimitUsage.RETRY_AFTER)
        .orElse(-1);
    return new RestResponse(status, response.body(), error, retryAfter);
  }

  @Override
  public void close() {
    http.shutdown();
    try {
      if (!http.awaitTermination(requestTimeout)) {
        http.shutdownNow();
      }
    } catch (InterruptedException e) {
      http.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
