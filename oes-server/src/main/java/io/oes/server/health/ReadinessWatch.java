package io.oes.server.health;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Follows readiness continuously for those who cannot ask (the gRPC health service): runs
 * {@link HealthService#isReady()} every {@code interval} on a virtual thread of its own and
 * tells {@code onChange} whenever the answer differs from the last one told. Closing stops it
 * and tells "not ready" last, so nothing reports ready after shutdown has begun.
 *
 * <p>Thread-safe: {@link #refresh} may be called from any thread.
 */
public final class ReadinessWatch implements AutoCloseable {
  private final HealthService health;
  private final Duration interval;
  private final Consumer<Boolean> onChange;
  private final Thread thread;
  private Boolean told;
  private boolean closed;

  private ReadinessWatch(HealthService health, Duration interval, Consumer<Boolean> onChange) {
    this.health = health;
    this.interval = interval;
    this.onChange = onChange;
    this.thread = Thread.ofVirtual().name("readiness-watch").unstarted(this::run);
  }

  /** Starts watching; the first answer is told after {@code interval} or at {@link #refresh}. */
  public static ReadinessWatch start(HealthService health, Duration interval,
      Consumer<Boolean> onChange) {
    ReadinessWatch watch = new ReadinessWatch(health, interval, onChange);
    watch.thread.start();
    return watch;
  }

  /** Asks now (running the checks) and tells a change; e.g. the moment start-up is over. */
  public synchronized void refresh() {
    if (closed) {
      return;
    }
    tell(health.isReady());
  }

  private void tell(boolean ready) {
    if (told == null || told != ready) {
      told = ready;
      onChange.accept(ready);
    }
  }

  private void run() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(interval);
        refresh();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops watching and tells "not ready". Idempotent. */
  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (!closed) {
        closed = true;
        tell(false);
      }
    }
  }
}
