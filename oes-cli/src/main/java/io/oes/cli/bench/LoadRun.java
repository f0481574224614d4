package io.oes.cli.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Runs one phase: {@code concurrency} worker threads, each making one call at a time (a closed
 * loop) at the pace the plan allows, until the count is reached or the time is up. Latency is
 * the service time of each call (from its actual start); a call's follow-up (the cancel) is
 * timed into a second phase result.
 */
final class LoadRun {
  /** Latencies up to a minute are recorded exactly to 3 significant digits. */
  static final long HIGHEST_MICROS = 60_000_000L;
  private static final int SIGNIFICANT_DIGITS = 3;

  private final LoadPlan plan;
  private final AtomicLong sequences;

  /** @param sequences numbers every call of the whole bench, so ids stay unique across phases */
  LoadRun(LoadPlan plan, AtomicLong sequences) {
    this.plan = plan;
    this.sequences = sequences;
  }

  /** The phase's results: the calls, and their follow-ups named {@code followUpName}. */
  record Results(PhaseResult calls, PhaseResult followUps) {}

  /** Makes the warm-up calls, recording nothing. */
  void warmUp(BenchCall call) throws InterruptedException {
    if (plan.warmupSeconds() > 0) {
      new LoadRun(plan.warmup(), sequences).measure("warm-up", "warm-up follow-up", call);
    }
  }

  /** Runs the phase and merges what every worker recorded. */
  Results measure(String name, String followUpName, BenchCall call) throws InterruptedException {
    RatePacer pacer = new RatePacer(plan.ratePerSecond());
    AtomicLong started = new AtomicLong();
    long deadlineNanos = System.nanoTime() + plan.durationSeconds() * 1_000_000_000L;
    List<Worker> workers = new ArrayList<>();
    long begin = System.nanoTime();
    for (int i = 0; i < plan.concurrency(); i++) {
      Worker worker = new Worker(call, pacer, started, deadlineNanos, begin);
      workers.add(worker);
      worker.thread = Thread.ofPlatform().name("bench-" + name + "-" + i).start(worker);
    }
    for (Worker worker : workers) {
      worker.thread.join();
    }
    long elapsed = System.nanoTime() - begin;
    return new Results(merge(name, workers, elapsed, false),
        merge(followUpName, workers, elapsed, true));
  }

  private PhaseResult merge(String name, List<Worker> workers, long elapsed,
      boolean followUps) {
    Histogram latencies = newHistogram();
    Map<String, Long> failures = new HashMap<>();
    CompletionWindows windows = new CompletionWindows(plan.windowSeconds());
    for (Worker worker : workers) {
      Worker.Tally tally = followUps ? worker.followUps : worker.calls;
      latencies.add(tally.latencyMicros);
      tally.failures.forEach((code, n) -> failures.merge(code, n, Long::sum));
      windows.add(tally.completions);
    }
    return new PhaseResult(name, latencies, failures, elapsed, windows.counts());
  }

  static Histogram newHistogram() {
    return new Histogram(HIGHEST_MICROS, SIGNIFICANT_DIGITS);
  }

  private final class Worker implements Runnable {
    final Tally calls = new Tally();
    final Tally followUps = new Tally();
    private final BenchCall call;
    private final RatePacer pacer;
    private final AtomicLong started;
    private final long deadlineNanos;
    private final long phaseStartNanos;
    Thread thread;

    Worker(BenchCall call, RatePacer pacer, AtomicLong started, long deadlineNanos,
        long phaseStartNanos) {
      this.call = call;
      this.pacer = pacer;
      this.started = started;
      this.deadlineNanos = deadlineNanos;
      this.phaseStartNanos = phaseStartNanos;
    }

    @Override
    public void run() {
      while (mayStartAnother()) {
        pacer.awaitTurn();
        CallOutcome outcome = calls.time(() -> call.call(sequences.incrementAndGet()));
        if (outcome.followUp() != null) {
          followUps.time(() -> new CallOutcome(outcome.followUp().get(), null));
        }
      }
    }

    private boolean mayStartAnother() {
      if (plan.count() > 0) {
        return started.getAndIncrement() < plan.count();
      }
      return System.nanoTime() < deadlineNanos;
    }

    /** One worker's record of one kind of call; only its worker touches it until merged. */
    final class Tally {
      final Histogram latencyMicros = newHistogram();
      final Map<String, Long> failures = new HashMap<>();
      final CompletionWindows completions = new CompletionWindows(plan.windowSeconds());

      CallOutcome time(Supplier<CallOutcome> timed) {
        long begin = System.nanoTime();
        CallOutcome outcome;
        try {
          outcome = timed.get();
        } catch (RuntimeException e) {
          outcome = CallOutcome.failed(e.getClass().getSimpleName());
        }
        long end = System.nanoTime();
        long micros = (end - begin) / 1_000;
        if (outcome.succeeded()) {
          latencyMicros.recordValue(Math.min(micros, HIGHEST_MICROS));
          completions.record(end - phaseStartNanos);
        } else {
          failures.merge(outcome.failureCode(), 1L, Long::sum);
        }
        return outcome;
      }
    }
  }
}
