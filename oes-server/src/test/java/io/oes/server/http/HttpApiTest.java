package io.oes.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.server.health.CheckResult;
import io.oes.server.health.Criticality;
import io.oes.server.health.HealthCheck;
import io.oes.server.health.HealthService;
import io.oes.server.metrics.Metrics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpApiTest {

  private static final String ALLOWED = "https://ops.example.com";

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final SettableCheck store = new SettableCheck("store");
  private final SettableCheck cache = new SettableCheck("cache");
  private HealthService health;
  private Metrics metrics;
  private HttpApi api;

  @BeforeEach
  void start() {
    health = new HealthService();
    health.register(store, Criticality.CRITICAL).register(cache, Criticality.NON_CRITICAL);
    metrics = Metrics.create();
    api = HttpApi.start("127.0.0.1", 0, List.of(ALLOWED), health, metrics.registry(), "1.2.3", List.of(),
        java.util.Optional.empty());
  }

  @AfterEach
  void stop() {
    api.close();
    metrics.close();
    health.close();
  }

  @Test
  void bindsAnEphemeralPortWhenAskedForPortZero() {
    assertThat(api.port()).isPositive();
  }

  @Test
  void healthIsOkWithEveryCheckInTheB25Shape() throws Exception {
    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString()
        .startsWith("application/json");
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("status").asText()).isEqualTo("healthy");
    assertThat(body.get("version").asText()).isEqualTo("1.2.3");
    OffsetDateTime timestamp = OffsetDateTime.parse(body.get("timestamp").asText());
    assertThat(timestamp.getOffset()).isEqualTo(ZoneOffset.UTC);
    JsonNode check = body.get("checks").get("store");
    assertThat(check.get("name").asText()).isEqualTo("store");
    assertThat(check.get("status").asText()).isEqualTo("healthy");
    assertThat(check.get("message").asText()).isEqualTo("store ok");
    assertThat(check.get("duration_ms").isIntegralNumber()).isTrue();
    assertThat(body.get("checks").has("cache")).isTrue();
  }

  @Test
  void healthIsStillOkWhenOnlyDegraded() throws Exception {
    cache.answer(CheckResult.unhealthy("redis unreachable"));

    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("status").asText()).isEqualTo("degraded");
    assertThat(body.at("/checks/cache/status").asText()).isEqualTo("unhealthy");
    assertThat(body.at("/checks/cache/message").asText()).isEqualTo("redis unreachable");
  }

  @Test
  void healthIsUnavailableWhenACriticalCheckFails() throws Exception {
    store.answer(CheckResult.unhealthy("no connection"));

    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(json.readTree(response.body()).get("status").asText()).isEqualTo("unhealthy");
  }

  @Test
  void livenessAlwaysAnswersAlive() throws Exception {
    store.answer(CheckResult.unhealthy("no connection"));

    HttpResponse<String> response = get("/health/live");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("alive");
  }

  @Test
  void readinessFollowsTheFlagAndTheCriticalChecks() throws Exception {
    assertThat(get("/health/ready")).satisfies(r -> answered(r, 503, "not ready"));

    health.setReady(true);
    assertThat(get("/health/ready")).satisfies(r -> answered(r, 200, "ready"));

    store.answer(CheckResult.unhealthy("no connection"));
    assertThat(get("/health/ready")).satisfies(r -> answered(r, 503, "not ready"));
  }

  @Test
  void metricsArePrometheusTextWithApplicationAndJvmMeters() throws Exception {
    metrics.orders().created();

    HttpResponse<String> response = get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .contains("text/plain; version=0.0.4; charset=utf-8");
    assertThat(response.body())
        .contains("order_execution_orders_created_total 1.0", "jvm_memory_used_bytes{");
  }

  @Test
  void preflightFromAnAllowedOriginIsAnsweredNoContentWithCorsHeaders() throws Exception {
    HttpResponse<String> response = send(preflight(ALLOWED));

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
        .contains("GET, OPTIONS");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
        .contains("Content-Type, Authorization");
    assertThat(response.headers().firstValue("Vary")).contains("Origin");
  }

  @Test
  void anAllowedOriginGetsCorsHeadersOnGetToo() throws Exception {
    HttpResponse<String> response = send(request("/health").header("Origin", ALLOWED).build());

    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
  }

  @Test
  void aDisallowedOriginGetsNoAllowOriginHeader() throws Exception {
    HttpResponse<String> preflight = send(preflight("https://evil.example.com"));
    HttpResponse<String> get =
        send(request("/health").header("Origin", "https://evil.example.com").build());

    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void aWildcardAllowsAnyOrigin() throws Exception {
    try (HttpApi open =
        HttpApi.start("127.0.0.1", 0, List.of("*"), health, metrics.registry(), "1.2.3", List.of(),
        java.util.Optional.empty())) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/metrics"))
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                  .header("Origin", "https://anywhere.example.org")
                  .header("Access-Control-Request-Method", "GET")
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(204);
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }
  }

  private static void answered(HttpResponse<String> response, int status, String body) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.body()).isEqualTo(body);
  }

  private HttpRequest preflight(String origin) {
    return request("/health/ready")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "GET")
        .build();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
        .timeout(Duration.ofSeconds(5));
  }

  private HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A check whose answer the test changes between requests. */
  private static final class SettableCheck implements HealthCheck {

    private final String name;
    private volatile CheckResult result;

    SettableCheck(String name) {
      this.name = name;
      this.result = CheckResult.healthy(name + " ok");
    }

    void answer(CheckResult result) {
      this.result = result;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public CheckResult check() {
      return result;
    }
  }
}
