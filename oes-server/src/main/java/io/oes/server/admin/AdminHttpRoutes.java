package io.oes.server.admin;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.oes.core.risk.KillSwitch;
import io.oes.core.risk.TradingState;
import io.oes.server.http.HttpRoutes;
import io.oes.server.security.Authenticator;
import io.oes.server.security.HttpGuard;
import io.oes.server.security.Scope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The kill switch over HTTP: {@code POST /admin/halt?reason=…}, {@code POST
 * /admin/reduce?reason=…} (only reduce-only orders pass), {@code POST /admin/resume}, {@code GET
 * /admin/trading}. Each answers the trading state as JSON; a change that the store
 * cannot commit answers 503 with the state unchanged.
 */
public final class AdminHttpRoutes implements HttpRoutes {
  private final KillSwitch killSwitch;
  private final Authenticator authenticator;

  /** @param authenticator who may operate the switch: admin principals only, when keys are set */
  public AdminHttpRoutes(KillSwitch killSwitch, Authenticator authenticator) {
    this.killSwitch = killSwitch;
    this.authenticator = authenticator;
  }

  @Override
  public void register(Javalin app) {
    app.before("/admin/*", HttpGuard.requiring(authenticator, Scope.ADMIN));
    app.post("/admin/halt", ctx -> withReason(ctx, "halt",
        reason -> killSwitch.halt(reason, "http")));
    app.post("/admin/reduce", ctx -> withReason(ctx, "reduce",
        reason -> killSwitch.reduce(reason, "http")));
    app.post("/admin/resume", ctx -> change(ctx, () -> killSwitch.resume("http")));
    app.get("/admin/trading", ctx -> ctx.json(json(killSwitch.state())));
  }

  private void withReason(Context ctx, String path, Function<String, TradingState> change) {
    String reason = ctx.queryParam("reason");
    if (reason == null || reason.isBlank()) {
      ctx.status(HttpStatus.BAD_REQUEST)
          .json(Map.of("error", "reason is required: POST /admin/" + path + "?reason=..."));
      return;
    }
    change(ctx, () -> change.apply(reason.strip()));
  }

  private void change(Context ctx, Supplier<TradingState> change) {
    try {
      ctx.json(json(change.get()));
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error",
          TradingStateFailure.describe(e, killSwitch.state())));
    }
  }

  private static Map<String, Object> json(TradingState state) {
    Map<String, Object> body = new LinkedHashMap<>();
    // the mode by name, so a new mode reaches the dashboard and scripts without a change here
    body.put("mode", state.mode().name());
    body.put("halted", state.isHalted());
    body.put("reason", state.mode() == TradingState.Mode.ACTIVE ? "" : state.reason());
    body.put("changed_by", state.changedBy());
    body.put("changed_at", state.changedAt() == null ? null : state.changedAt().toString());
    return body;
  }
}
