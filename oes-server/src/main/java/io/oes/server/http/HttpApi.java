package io.oes.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.oes.server.health.HealthReport;
import io.oes.server.health.HealthService;
import io.oes.server.health.HealthStatus;
import io.oes.server.security.HttpTls;
import io.oes.server.security.TlsSettings;
import java.util.List;
import java.util.Optional;

/**
 * The HTTP server for operators (SPEC §8): {@code GET /health}, {@code /health/live}, {@code
 * /health/ready}, {@code /metrics}, and CORS preflight. Start it with {@link #start}; it serves on
 * virtual threads until {@link #close()}.
 */
public final class HttpApi implements AutoCloseable {

  /** The Prometheus text exposition format that {@link PrometheusMeterRegistry#scrape()} writes. */
  static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final Javalin app;

  private HttpApi(Javalin app) {
    this.app = app;
  }

  /**
   * Binds {@code host:port} (port 0 picks a free one, see {@link #port()}) and starts serving.
   *
   * @param corsAllowedOrigins browser origins allowed to call the API; {@code *} for any
   * @param version reported in the {@code /health} body
   */
  public static HttpApi start(
      String host,
      int port,
      List<String> corsAllowedOrigins,
      HealthService health,
      PrometheusMeterRegistry registry,
      String version,
      List<HttpRoutes> routes,
      Optional<TlsSettings> tls) {
    CorsPolicy cors = new CorsPolicy(corsAllowedOrigins);
    HealthJson healthJson = new HealthJson(version);
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.useVirtualThreads = true;
              config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
              tls.ifPresent(settings -> config.jetty.addConnector((server, http) ->
                  HttpTls.connector(server, http, host, port, settings)));
            });
    app.before(ctx -> applyCors(ctx, cors));
    app.options("/*", ctx -> ctx.status(HttpStatus.NO_CONTENT));
    app.get("/health", ctx -> health(ctx, health, healthJson));
    app.get("/health/live", ctx -> ctx.contentType("text/plain").result("alive"));
    app.get("/health/ready", ctx -> ready(ctx, health));
    app.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_CONTENT_TYPE).result(registry.scrape()));
    routes.forEach(extra -> extra.register(app));
    app.start(host, port);
    return new HttpApi(app);
  }

  /** The port actually bound. */
  public int port() {
    return app.port();
  }

  /** Stops serving and releases the port. */
  @Override
  public void close() {
    app.stop();
  }

  private static void health(Context ctx, HealthService health, HealthJson json) {
    HealthReport report = health.report();
    boolean unhealthy = report.status() == HealthStatus.UNHEALTHY;
    ctx.status(unhealthy ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK)
        .contentType("application/json")
        .result(json.render(report));
  }

  private static void ready(Context ctx, HealthService health) {
    boolean ready = health.isReady();
    ctx.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .contentType("text/plain")
        .result(ready ? "ready" : "not ready");
  }

  private static void applyCors(Context ctx, CorsPolicy cors) {
    if (cors.variesByOrigin()) {
      ctx.header("Vary", "Origin");
    }
    cors.allowOrigin(ctx.header("Origin"))
        .ifPresent(
            origin -> {
              ctx.header("Access-Control-Allow-Origin", origin);
              ctx.header("Access-Control-Allow-Methods", CorsPolicy.ALLOWED_METHODS);
              ctx.header("Access-Control-Allow-Headers", CorsPolicy.ALLOWED_HEADERS);
              if (ctx.method() == HandlerType.OPTIONS) {
                ctx.header("Access-Control-Max-Age", CorsPolicy.MAX_AGE_SECONDS);
              }
            });
  }
}
