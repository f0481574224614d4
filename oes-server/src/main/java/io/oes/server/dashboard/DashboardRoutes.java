package io.oes.server.dashboard;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.oes.core.order.Order;
import io.oes.core.refusal.RefusalCode;
import io.oes.core.refusal.Result;
import io.oes.server.http.HttpRoutes;
import io.oes.server.security.Authenticator;
import io.oes.server.security.HttpGuard;
import io.oes.server.security.Ownership;
import io.oes.server.security.Principal;
import io.oes.server.security.Scope;
import io.oes.server.security.Shown;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The dashboard over HTTP: the page at {@code /} and its assets (public: they hold no data), the
 * live stream {@code GET /dashboard/stream} (read or admin scope; a caller without admin sees
 * only its own user's orders and positions), and {@code POST
 * /dashboard/orders/{orderId}/cancel} (trade scope, the caller's own orders unless admin). The
 * key travels in the {@code Authorization} header, as for every other endpoint, never in a URL.
 */
public final class DashboardRoutes implements HttpRoutes {
  private static final long CANCEL_TIMEOUT_SECONDS = 30;

  private final LiveDashboard dashboard;
  private final Authenticator authenticator;
  private final DashboardAssets assets = DashboardAssets.load();

  public DashboardRoutes(LiveDashboard dashboard, Authenticator authenticator) {
    this.dashboard = dashboard;
    this.authenticator = authenticator;
  }

  @Override
  public void register(Javalin app) {
    app.before("/dashboard/stream", HttpGuard.requiring(authenticator, Scope.READ, Scope.ADMIN));
    app.get("/dashboard/stream", this::stream);
    app.before("/dashboard/orders/*", HttpGuard.requiring(authenticator, Scope.TRADE));
    app.post("/dashboard/orders/{orderId}/cancel", this::cancel);
    // after the stream: the first route matching a path serves it
    app.get("/", ctx -> assets.serve(ctx, DashboardAssets.PAGE));
    app.get("/dashboard/{asset}", ctx -> assets.serve(ctx, ctx.pathParam("asset")));
  }

  private void stream(Context ctx) throws IOException {
    DashboardPage page = new DashboardPage(HttpGuard.principalOf(ctx));
    ctx.status(HttpStatus.OK)
        .contentType("text/event-stream; charset=utf-8")
        .header("Cache-Control", "no-store")
        .header("X-Accel-Buffering", "no");
    dashboard.attach(page);
    try {
      page.serve(ctx.res().getOutputStream());
    } finally {
      dashboard.detach(page);
    }
  }

  private void cancel(Context ctx) throws InterruptedException {
    Principal caller = HttpGuard.principalOf(ctx);
    String orderId = ctx.pathParam("orderId");
    Optional<Order> order = dashboard.sources().orders().get(orderId)
        .filter(found -> Ownership.of(caller).canSee(found.userId()));
    if (order.isEmpty()) {
      refuse(ctx, HttpStatus.NOT_FOUND, "order " + Shown.value(orderId) + " not found");
      return;
    }
    Result<Order> result;
    try {
      result = dashboard.sources().orders().cancel(order.get())
          .get(CANCEL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      refuse(ctx, HttpStatus.SERVICE_UNAVAILABLE, "cancel of order " + orderId
          + " has no answer yet (" + e + "); its state will follow on the stream");
      return;
    }
    switch (result) {
      case Result.Done<Order> done -> ctx.json(Map.of("order_id", done.value().orderId(),
          "state", done.value().state().name()));
      case Result.Refused<Order> refused ->
          refuse(ctx, statusOf(refused.refusal().code()), refused.refusal().message());
    }
  }

  private static void refuse(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(Map.of("error", message));
  }

  private static HttpStatus statusOf(RefusalCode code) {
    return switch (code) {
      case INVALID_ARGUMENT -> HttpStatus.BAD_REQUEST;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case ALREADY_EXISTS, FAILED_PRECONDITION -> HttpStatus.CONFLICT;
      case RESOURCE_EXHAUSTED -> HttpStatus.TOO_MANY_REQUESTS;
      case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
      case PERMISSION_DENIED -> HttpStatus.FORBIDDEN;
    };
  }
}
