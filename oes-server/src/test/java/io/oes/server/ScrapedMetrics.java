package io.oes.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A gateway's {@code /metrics} as a test reads it. */
public final class ScrapedMetrics {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ScrapedMetrics() {}

  /** What the gateway on {@code httpPort} shows now. */
  public static String of(int httpPort) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
        + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  /** Requests account {@code main} sent to {@code endpoint} so far, as the gateway counts them. */
  public static double exchangeRequests(int httpPort, String endpoint)
      throws IOException, InterruptedException {
    Matcher count = Pattern.compile("order_execution_exchange_request_latency_seconds_count"
        + "\\{account=\"main\",endpoint=\"" + Pattern.quote(endpoint) + "\"} (\\S+)")
        .matcher(of(httpPort));
    return count.find() ? Double.parseDouble(count.group(1)) : 0;
  }
}
