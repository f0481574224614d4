package io.oes.sim.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.oes.sim.account.AccountRegistry;
import io.oes.sim.fault.FaultInjector;
import io.oes.sim.fault.FaultPlan;
import io.oes.sim.matching.Exchange;
import io.oes.sim.matching.SymbolEngine;
import io.oes.sim.stream.UserStreamHub;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The operator endpoints:
 * <ul>
 *   <li>{@code GET /admin/faults}: the active fault plan as JSON;
 *   <li>{@code POST /admin/faults}: a JSON object naming the fields to change (see
 *       {@link FaultPlanJson}); answers the resulting plan;
 *   <li>{@code DELETE /admin/faults}: no faults;
 *   <li>{@code POST /admin/streams/drop}: cuts every user stream connection now;
 *   <li>{@code POST /admin/market}: {@code {"symbol":"BTCUSDT","markPrice":"96000"}} moves the
 *       mid (and so the mark price) at once, filling crossed orders and firing triggers.
 * </ul>
 */
public final class AdminApi {
  private final ObjectMapper mapper = new ObjectMapper();
  private final FaultInjector faults;
  private final UserStreamHub hub;
  private final Exchange exchange;
  private final AccountRegistry accounts;

  public AdminApi(FaultInjector faults, UserStreamHub hub, Exchange exchange,
      AccountRegistry accounts) {
    this.faults = faults;
    this.hub = hub;
    this.exchange = exchange;
    this.accounts = accounts;
  }

  public void registerOn(Javalin app) {
    app.get("/admin/faults", context -> guarded(context, () -> plan()));
    app.post("/admin/faults", context -> guarded(context, () -> {
      faults.replace(FaultPlanJson.merge(faults.plan(), body(context)));
      return plan();
    }));
    app.delete("/admin/faults", context -> guarded(context, () -> {
      faults.replace(FaultPlan.none());
      return plan();
    }));
    app.post("/admin/streams/drop", context -> guarded(context, () -> {
      int dropped = hub.connectionCount();
      hub.dropAll();
      return Map.of("dropped", dropped);
    }));
    app.post("/admin/market", context -> guarded(context, () -> moveMarket(body(context))));
  }

  private Object plan() {
    return FaultPlanJson.of(faults.plan());
  }

  private Object moveMarket(JsonNode body) {
    Optional<SymbolEngine> engine = exchange.engine(body.path("symbol").asText());
    if (engine.isEmpty() || !body.hasNonNull("markPrice")) {
      throw new IllegalArgumentException("symbol (a listed one) and markPrice are required");
    }
    engine.get().moveMidTo(new BigDecimal(body.get("markPrice").asText()));
    return Map.of("symbol", engine.get().rules().symbol(),
        "markPrice", engine.get().markPrice().toPlainString());
  }

  @FunctionalInterface
  private interface AdminAction {
    Object run();
  }

  private void guarded(Context context, AdminAction action) throws JsonProcessingException {
    String key = Optional.ofNullable(context.header("X-MBX-APIKEY")).orElse("");
    if (accounts.byApiKey(key).isEmpty()) {
      write(context, 401, Map.of("code", -2015, "msg", "Invalid API-key."));
      return;
    }
    try {
      write(context, 200, action.run());
    } catch (IllegalArgumentException e) {
      write(context, 400, Map.of("code", -1130, "msg", String.valueOf(e.getMessage())));
    }
  }

  private JsonNode body(Context context) {
    try {
      String text = context.body();
      return text.isBlank() ? mapper.createObjectNode() : mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
    }
  }

  private void write(Context context, int status, Object body) throws JsonProcessingException {
    context.status(status).contentType("application/json").result(mapper.writeValueAsBytes(body));
  }
}
