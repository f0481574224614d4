package io.oes.cli.bench;

import io.oes.cli.output.Table;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** The text report: one row per phase with throughput and latency percentiles in µs. */
final class BenchReport {
  private static final double[] PERCENTILES = {50, 90, 99, 99.9};

  private BenchReport() {}

  static void print(BenchResult result, PrintWriter out) {
    LoadPlan plan = result.plan();
    out.println("oes bench: " + result.orders().describe() + "; concurrency "
        + plan.concurrency() + ", rate " + (plan.ratePerSecond() == 0 ? "uncapped"
            : plan.ratePerSecond() + "/s") + ", " + plan.extent() + " per phase after "
        + plan.warmupSeconds() + " s warm-up");
    Table table = new Table("PHASE", "OK", "ERRORS", "PER S", "P50 µs", "P90 µs", "P99 µs",
        "P99.9 µs", "MAX µs");
    for (PhaseResult phase : phases(result)) {
      table.row(phase.name(), Long.toString(phase.succeeded()), Long.toString(phase.failed()),
          String.format(Locale.ROOT, "%.1f", phase.throughputPerSecond()),
          Long.toString(phase.percentileMicros(50)), Long.toString(phase.percentileMicros(90)),
          Long.toString(phase.percentileMicros(99)), Long.toString(phase.percentileMicros(99.9)),
          Long.toString(phase.maxMicros()));
    }
    table.print(out);
    if (plan.windowSeconds() > 0) {
      printWindows(result.create(), plan.windowSeconds(), out);
    }
    if (result.baseline() != null) {
      printRatio(result, out);
    }
    if (result.stream() != null) {
      printStream(result.stream(), out);
    }
    printFailures(result, out);
    out.flush();
  }

  static List<PhaseResult> phases(BenchResult result) {
    List<PhaseResult> phases = new ArrayList<>(List.of(result.create()));
    if (result.orders().cancelled()) {
      phases.add(result.cancel());
    }
    if (result.baseline() != null) {
      phases.add(result.baseline().health());
      phases.add(result.baseline().rest());
      if (result.orders().cancelled()) {
        phases.add(result.baseline().restCancel());
      }
    }
    return phases;
  }

  private static void printRatio(BenchResult result, PrintWriter out) {
    BenchResult.Baseline baseline = result.baseline();
    for (PhaseResult half : List.of(baseline.health(), baseline.rest())) {
      if (half.succeeded() == 0) {
        // a floor of failed calls would be a ratio to nothing
        out.println("floor: not measured, no " + half.name() + " succeeded (see the errors)");
        return;
      }
    }
    out.printf(Locale.ROOT, "floor (Health/Check + direct REST): p50 %d µs, p99 %d µs%n",
        baseline.floorMicros(50), baseline.floorMicros(99));
    out.printf(Locale.ROOT, "CreateOrder ÷ floor: p50 %.2f×, p99 %.2f× (targets: ≤ 1.25×, ≤ 1.5×)%n",
        baseline.ratio(result.create(), 50), baseline.ratio(result.create(), 99));
    if (result.plan().ratePerSecond() == 0) {
      // paced, both sides run at the pace: only an uncapped run says how much each can take
      out.printf(Locale.ROOT, "CreateOrder throughput ÷ floor's (direct REST): %.2f "
          + "(target: ≥ 0.9 at concurrency 64)%n", baseline.throughputRatio(result.create()));
    }
  }

  /** One line, e.g. {@code CreateOrder per 1 s window: 12 250 300 300}, for scripts to read. */
  private static void printWindows(PhaseResult phase, int windowSeconds, PrintWriter out) {
    StringBuilder line = new StringBuilder(phase.name()).append(" per ").append(windowSeconds)
        .append(" s window:");
    for (long count : phase.completedPerWindow()) {
      line.append(' ').append(count);
    }
    out.println(line);
  }

  private static void printStream(StreamLatency stream, PrintWriter out) {
    out.println("stream latency (" + stream.matched() + " orders paired, " + stream.unmatched()
        + " unmatched, " + stream.updateFirst() + " updates before their answer):");
    out.println("  CreateOrder answer → update: " + percentiles(stream.answerToUpdateMicros()));
    out.println("  exchange event (updated_at_ms) → update: "
        + percentiles(stream.eventToUpdateMicros()));
  }

  private static String percentiles(Histogram micros) {
    if (micros.getTotalCount() == 0) {
      return "none";
    }
    StringBuilder text = new StringBuilder();
    for (double percentile : PERCENTILES) {
      text.append("p").append(percentile == Math.rint(percentile)
          ? Long.toString((long) percentile) : Double.toString(percentile))
          .append(' ').append(micros.getValueAtPercentile(percentile)).append(" µs, ");
    }
    return text.append("max ").append(micros.getMaxValue()).append(" µs").toString();
  }

  private static void printFailures(BenchResult result, PrintWriter out) {
    for (PhaseResult phase : phases(result)) {
      for (Map.Entry<String, Long> failure : phase.sortedFailures().entrySet()) {
        out.println("errors: " + phase.name() + " " + failure.getKey() + " × "
            + failure.getValue());
      }
    }
  }
}
