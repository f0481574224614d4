package io.oes.messaging.health;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * Counts failures of a best-effort dependency and logs once per burst: the first failure
 * after a success is a warning with its cause, the rest are only counted, and the first
 * success after a burst is logged with the burst's size. A dead Redis costs one log line, not
 * one per order. Thread-safe.
 */
public final class FailureBurst {
  private final Logger log;
  private final String what;
  private final AtomicBoolean failing = new AtomicBoolean();
  private final AtomicLong total = new AtomicLong();
  private final AtomicLong inBurst = new AtomicLong();
  private volatile String lastError;

  /** @param what the operation, for the log line (e.g. {@code "Redis cache"}) */
  public FailureBurst(Logger log, String what) {
    this.log = log;
    this.what = what;
  }

  public void onFailure(Throwable cause) {
    total.incrementAndGet();
    inBurst.incrementAndGet();
    lastError = describe(cause);
    if (failing.compareAndSet(false, true)) {
      log.warn("{} failing: {} (further failures counted, not logged, until it recovers)",
          what, lastError);
    }
  }

  public void onSuccess() {
    if (failing.get() && failing.compareAndSet(true, false)) {
      log.info("{} recovered after {} failures", what, inBurst.getAndSet(0));
    }
  }

  /** Whether the most recent operation failed. */
  public boolean failing() {
    return failing.get();
  }

  public long total() {
    return total.get();
  }

  /** The most recent failure, or null if none happened yet. */
  public String lastError() {
    return lastError;
  }

  private static String describe(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
