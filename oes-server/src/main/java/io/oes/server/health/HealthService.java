package io.oes.server.health;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the registered checks concurrently, each on its own virtual thread and under its own time
 * limit, and aggregates them: an unhealthy {@link Criticality#CRITICAL} check makes the gateway
 * unhealthy; any other check that is not healthy makes it degraded. Readiness additionally needs
 * the flag the wiring sets once start-up (and reconciliation) is over.
 *
 * <p>Thread-safe: checks may be registered and reports taken from any thread.
 */
public final class HealthService implements AutoCloseable {

  /** How long a check may take unless registered with its own limit. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  private record Registered(HealthCheck check, Criticality criticality, Duration timeout) {}

  private final InstantSource clock;
  private final Duration defaultTimeout;
  private final List<Registered> checks = new CopyOnWriteArrayList<>();
  private final ExecutorService executor =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("health-check-", 0).factory());
  private volatile boolean ready;

  /** Uses the system clock and {@link #DEFAULT_TIMEOUT}. */
  public HealthService() {
    this(InstantSource.system(), DEFAULT_TIMEOUT);
  }

  /** Stamps reports with {@code clock}; checks get {@code defaultTimeout} unless told otherwise. */
  public HealthService(InstantSource clock, Duration defaultTimeout) {
    this.clock = clock;
    this.defaultTimeout = defaultTimeout;
  }

  /** Adds a check with the default time limit. */
  public HealthService register(HealthCheck check, Criticality criticality) {
    return register(check, criticality, defaultTimeout);
  }

  /** Adds a check with its own time limit. */
  public HealthService register(HealthCheck check, Criticality criticality, Duration timeout) {
    checks.add(new Registered(check, criticality, timeout));
    return this;
  }

  /** Whether the gateway has finished starting and may take traffic; not ready until set. */
  public void setReady(boolean ready) {
    this.ready = ready;
  }

  /** Ready = the flag is set and no critical check is unhealthy. Runs the checks. */
  public boolean isReady() {
    return ready && report().status() != HealthStatus.UNHEALTHY;
  }

  /** Runs every check now and waits for all of them (at most the longest time limit). */
  public HealthReport report() {
    Instant timestamp = clock.instant();
    List<Running> running = checks.stream().map(this::start).toList();
    List<CheckReport> reports = running.stream().map(Running::await).toList();
    return new HealthReport(aggregate(reports), timestamp, reports);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  static HealthStatus aggregate(List<CheckReport> reports) {
    HealthStatus overall = HealthStatus.HEALTHY;
    for (CheckReport report : reports) {
      boolean fatal =
          report.status() == HealthStatus.UNHEALTHY
              && report.criticality() == Criticality.CRITICAL;
      if (fatal) {
        return HealthStatus.UNHEALTHY;
      }
      if (report.status() != HealthStatus.HEALTHY) {
        overall = HealthStatus.DEGRADED;
      }
    }
    return overall;
  }

  private Running start(Registered registered) {
    long startNanos = System.nanoTime();
    return new Running(registered, startNanos, executor.submit(registered.check()::check));
  }

  /** A check under way. */
  private record Running(Registered registered, long startNanos, Future<CheckResult> future) {

    CheckReport await() {
      CheckResult result = outcome();
      long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
      return new CheckReport(registered.check().name(), result.status(), result.message(),
          durationMs, registered.criticality());
    }

    private CheckResult outcome() {
      long remaining = registered.timeout().toNanos() - (System.nanoTime() - startNanos);
      try {
        CheckResult result = future.get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
        return result != null ? result : CheckResult.unhealthy("check returned no result");
      } catch (TimeoutException e) {
        future.cancel(true);
        return CheckResult.unhealthy(
            "check timed out after " + registered.timeout().toMillis() + " ms");
      } catch (ExecutionException e) {
        return CheckResult.unhealthy("check failed: " + describe(e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        future.cancel(true);
        return CheckResult.unhealthy("check interrupted");
      }
    }

    private static String describe(Throwable failure) {
      String message = failure.getMessage();
      String type = failure.getClass().getSimpleName();
      return message == null || message.isBlank() ? type : type + ": " + message;
    }
  }
}
