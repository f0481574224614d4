package io.oes.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.HdrHistogram.Histogram;

/**
 * {@code --json}: the report as one JSON object for scripts. Phases are keyed {@code
 * createOrder}, {@code cancelOrder}, and under {@code baseline}: {@code healthCheck}, {@code
 * restOrder}, {@code restCancel}; each with {@code succeeded}, {@code failed}, {@code
 * failuresByCode}, {@code elapsedSeconds}, {@code throughputPerSecond} and {@code latencyMicros}
 * ({@code p50}, {@code p90}, {@code p99}, {@code p99_9}, {@code max}). With {@code
 * --windows-s}, {@code createOrder} also has {@code completedPerWindow}: the count of each
 * window of {@code windowSeconds}.
 */
final class BenchJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BenchJson() {}

  static String of(BenchResult result) {
    ObjectNode root = MAPPER.createObjectNode();
    LoadPlan plan = result.plan();
    root.put("symbol", result.orders().symbol())
        .put("orders", result.orders().describe())
        .put("concurrency", plan.concurrency())
        .put("ratePerSecond", plan.ratePerSecond())
        .put("warmupSeconds", plan.warmupSeconds())
        .put("durationSeconds", plan.count() > 0 ? 0 : plan.durationSeconds())
        .put("count", plan.count())
        .put("windowSeconds", plan.windowSeconds());
    ObjectNode create = phase(result.create());
    if (plan.windowSeconds() > 0) {
      ArrayNode windows = create.putArray("completedPerWindow");
      for (long completed : result.create().completedPerWindow()) {
        windows.add(completed);
      }
    }
    root.set("createOrder", create);
    if (result.orders().cancelled()) {
      root.set("cancelOrder", phase(result.cancel()));
    }
    if (result.baseline() != null) {
      root.set("baseline", baseline(result));
    }
    if (result.stream() != null) {
      root.set("streamLatency", stream(result.stream()));
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always prints", e);
    }
  }

  private static ObjectNode baseline(BenchResult result) {
    BenchResult.Baseline baseline = result.baseline();
    ObjectNode node = MAPPER.createObjectNode();
    node.set("healthCheck", phase(baseline.health()));
    node.set("restOrder", phase(baseline.rest()));
    if (result.orders().cancelled()) {
      node.set("restCancel", phase(baseline.restCancel()));
    }
    node.putObject("floorMicros").put("p50", baseline.floorMicros(50))
        .put("p99", baseline.floorMicros(99));
    node.putObject("ratio").put("p50", baseline.ratio(result.create(), 50))
        .put("p99", baseline.ratio(result.create(), 99));
    node.put("throughputRatio", baseline.throughputRatio(result.create()));
    return node;
  }

  private static ObjectNode phase(PhaseResult phase) {
    ObjectNode node = MAPPER.createObjectNode()
        .put("succeeded", phase.succeeded())
        .put("failed", phase.failed())
        .put("elapsedSeconds", phase.elapsedNanos() / 1e9)
        .put("throughputPerSecond", phase.throughputPerSecond());
    ObjectNode failures = node.putObject("failuresByCode");
    phase.sortedFailures().forEach(failures::put);
    node.set("latencyMicros", percentiles(phase.latencyMicros()));
    return node;
  }

  private static ObjectNode stream(StreamLatency stream) {
    ObjectNode node = MAPPER.createObjectNode()
        .put("matched", stream.matched())
        .put("unmatched", stream.unmatched())
        .put("updateBeforeAnswer", stream.updateFirst());
    node.set("answerToUpdateMicros", percentiles(stream.answerToUpdateMicros()));
    node.set("eventToUpdateMicros", percentiles(stream.eventToUpdateMicros()));
    return node;
  }

  private static ObjectNode percentiles(Histogram micros) {
    boolean empty = micros.getTotalCount() == 0;
    return MAPPER.createObjectNode()
        .put("p50", empty ? 0 : micros.getValueAtPercentile(50))
        .put("p90", empty ? 0 : micros.getValueAtPercentile(90))
        .put("p99", empty ? 0 : micros.getValueAtPercentile(99))
        .put("p99_9", empty ? 0 : micros.getValueAtPercentile(99.9))
        .put("max", empty ? 0 : micros.getMaxValue());
  }
}
