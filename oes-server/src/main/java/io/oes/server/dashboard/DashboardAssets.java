package io.oes.server.dashboard;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.oes.server.security.Shown;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The page, its scripts, style sheet and icon, read from the jar once. Only these named files are
 * served (no path from the request reaches the class path), each with a content security policy
 * that allows nothing but this origin: no inline script, no other host.
 */
final class DashboardAssets {
  static final String PAGE = "index.html";
  private static final String FOLDER = "/dashboard/";
  private static final Map<String, String> TYPES = Map.of(
      PAGE, "text/html; charset=utf-8",
      "dashboard.js", "text/javascript; charset=utf-8",
      "dashboard-charts.js", "text/javascript; charset=utf-8",
      "dashboard.css", "text/css; charset=utf-8",
      "favicon.svg", "image/svg+xml");
  private static final String POLICY = "default-src 'none'; script-src 'self'; "
      + "style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; "
      + "form-action 'none'; frame-ancestors 'none'";

  private final Map<String, byte[]> contents;

  private DashboardAssets(Map<String, byte[]> contents) {
    this.contents = contents;
  }

  static DashboardAssets load() {
    Map<String, byte[]> contents = new HashMap<>();
    for (String name : TYPES.keySet()) {
      try (InputStream in = DashboardAssets.class.getResourceAsStream(FOLDER + name)) {
        if (in == null) {
          throw new IllegalStateException("dashboard asset " + FOLDER + name
              + " is missing from the jar");
        }
        contents.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new DashboardAssets(Map.copyOf(contents));
  }

  void serve(Context ctx, String name) {
    byte[] content = contents.get(name);
    if (content == null) {
      ctx.status(HttpStatus.NOT_FOUND).result("no dashboard file " + Shown.value(name));
      return;
    }
    ctx.contentType(TYPES.get(name))
        .header("Content-Security-Policy", POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-cache")
        .result(content);
  }
}
