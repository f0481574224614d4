package io.oes.cli.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.cli.client.CallFailedException;
import io.oes.cli.client.HostPort;
import io.oes.cli.output.OutputOptions;
import io.oes.cli.output.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oes health}: the gateway's {@code GET /health} (or {@code /health/ready} with {@code
 * --ready}). Exit 0 only when healthy (ready); degraded counts as a failure so that a probe notices.
 */
@Command(name = "health", description = {"Show the gateway's health (GET /health).",
    "Exit 0: healthy (--ready: ready); 1: degraded, unhealthy, not ready or unreachable."})
public final class HealthCommand implements Callable<Integer> {

  private static final String HEALTHY = "healthy";

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;
  @Mixin
  private OutputOptions output;

  @Option(names = "--http", paramLabel = "HOST:PORT", defaultValue = "${env:OES_HTTP:-127.0.0.1:9091}",
      description = "HTTP address of the gateway (default: ${DEFAULT-VALUE}; env OES_HTTP).")
  private String http;
  @Option(names = "--ready", description = "Ask /health/ready instead: is it taking orders?")
  private boolean ready;
  @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "5000",
      description = "How long to wait for an answer, in milliseconds (default: ${DEFAULT-VALUE}).")
  private long timeoutMs;

  @Override
  public Integer call() throws IOException {
    URI base = URI.create("http://" + HostPort.parse(http, "--http", spec.commandLine()).authority());
    HttpResponse<String> response = get(base.resolve(ready ? "/health/ready" : "/health"));
    PrintWriter out = spec.commandLine().getOut();
    if (ready) {
      out.println(response.body().strip());
      out.flush();
      return response.statusCode() == 200 ? 0 : 1;
    }
    JsonNode report = parse(response);
    if (output.json()) {
      out.println(response.body().strip());
    } else {
      printReport(report, out);
    }
    out.flush();
    return HEALTHY.equals(report.path("status").asText()) ? 0 : 1;
  }

  private HttpResponse<String> get(URI uri) {
    Duration timeout = Duration.ofMillis(timeoutMs);
    try (HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build()) {
      return client.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new CallFailedException("cannot reach " + uri + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CallFailedException("interrupted while asking " + uri);
    }
  }

  private static JsonNode parse(HttpResponse<String> response) {
    try {
      return new ObjectMapper().readTree(response.body());
    } catch (IOException e) {
      throw new CallFailedException(response.uri() + " answered " + response.statusCode()
          + " without a health report");
    }
  }

  private static void printReport(JsonNode report, PrintWriter out) {
    out.println("status: " + report.path("status").asText() + "  version: "
        + report.path("version").asText() + "  at: " + report.path("timestamp").asText());
    Table table = new Table("CHECK", "STATUS", "DURATION MS", "MESSAGE");
    for (Map.Entry<String, JsonNode> check : report.path("checks").properties()) {
      JsonNode value = check.getValue();
      table.row(check.getKey(), value.path("status").asText(),
          value.path("duration_ms").asText(), value.path("message").asText());
    }
    table.print(out);
  }
}
