package io.oes.store.jdbc;

import org.slf4j.Logger;

/**
 * Whether the store is failing to persist, logged once per burst: the first failure is a
 * warning with its cause, repeats are counted silently, and recovery is logged with the count.
 */
final class WriteFailures {
  private final Logger log;
  private volatile boolean failing;
  private volatile String lastError;
  private long attempts;

  WriteFailures(Logger log) {
    this.log = log;
  }

  void onFailure(Exception e, int batchSize) {
    attempts++;
    lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
    if (!failing) {
      failing = true;
      log.warn("Store cannot persist a batch of {} events; keeping it and retrying: {}",
          batchSize, lastError);
    }
  }

  void onSuccess() {
    if (failing) {
      log.info("Store persists again after {} failed attempts", attempts);
      failing = false;
      attempts = 0;
    }
  }

  boolean failing() {
    return failing;
  }

  /** The most recent failure, or null if none happened yet. */
  String lastError() {
    return lastError;
  }
}
