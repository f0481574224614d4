package io.oes.sim.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.sim.fault.FaultPlan;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of a {@link FaultPlan}: {@code latencyMs, jitterMs, errorRate,
 * executedButUnavailableRate, executedButNoResponseRate, streamDropIntervalMs, marketFrozen}.
 * A change names only the fields it sets; the others keep their value.
 */
final class FaultPlanJson {
  private FaultPlanJson() {}

  static Map<String, Object> of(FaultPlan plan) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("latencyMs", plan.latency().toMillis());
    json.put("jitterMs", plan.jitter().toMillis());
    json.put("errorRate", plan.errorRate());
    json.put("executedButUnavailableRate", plan.executedButUnavailableRate());
    json.put("executedButNoResponseRate", plan.executedButNoResponseRate());
    json.put("streamDropIntervalMs", plan.streamDropInterval().toMillis());
    json.put("marketFrozen", plan.marketFrozen());
    return json;
  }

  static FaultPlan merge(FaultPlan current, JsonNode change) {
    FaultPlan plan = current.withLatency(millis(change, "latencyMs", current.latency()),
        millis(change, "jitterMs", current.jitter()));
    plan = plan.withErrorRate(rate(change, "errorRate", plan.errorRate()));
    plan = plan.withExecutedButUnavailableRate(
        rate(change, "executedButUnavailableRate", plan.executedButUnavailableRate()));
    plan = plan.withExecutedButNoResponseRate(
        rate(change, "executedButNoResponseRate", plan.executedButNoResponseRate()));
    plan = plan.withStreamDropInterval(
        millis(change, "streamDropIntervalMs", plan.streamDropInterval()));
    return plan.withMarketFrozen(change.path("marketFrozen").asBoolean(plan.marketFrozen()));
  }

  private static Duration millis(JsonNode change, String field, Duration current) {
    return change.has(field) ? Duration.ofMillis(change.get(field).asLong()) : current;
  }

  private static double rate(JsonNode change, String field, double current) {
    return change.has(field) ? change.get(field).asDouble() : current;
  }
}
