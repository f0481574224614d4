package io.oes.server;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One part of the gateway started on a thread of its own while the caller starts the others,
 * so independent start-up work (the exchange, the store) overlaps. Owning it is owning the
 * part: {@link #close} waits for the start to end and closes what it opened, so a gateway that
 * fails half-way never leaves a part running behind it.
 */
final class BackgroundStart<T extends AutoCloseable> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundStart.class);
  private final CompletableFuture<T> started = new CompletableFuture<>();

  private BackgroundStart() {}

  /** Runs {@code starter} on a new thread named {@code start-<name>}; returns at once. */
  static <T extends AutoCloseable> BackgroundStart<T> begin(String name, Callable<T> starter) {
    BackgroundStart<T> start = new BackgroundStart<>();
    Thread.ofPlatform().name("start-" + name).daemon().start(() -> {
      try {
        start.started.complete(starter.call());
      } catch (Throwable e) {
        start.started.completeExceptionally(e);
      }
    });
    return start;
  }

  /** The started part, once it is; rethrows the start's own failure. */
  T join() throws Exception {
    try {
      return started.get();
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case Exception cause -> throw cause;
        case Error error -> throw error;
        default -> throw e;
      }
    }
  }

  /**
   * Waits for the start to end, then closes the part if it started (a failed start has cleaned
   * up after itself). Interrupted meanwhile, it leaves the part to be closed once it is up.
   */
  @Override
  public void close() {
    T part;
    try {
      part = started.get();
    } catch (ExecutionException e) {
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      started.thenAccept(BackgroundStart::closeQuietly);
      return;
    }
    closeQuietly(part);
  }

  private static void closeQuietly(AutoCloseable part) {
    try {
      part.close();
    } catch (Exception e) {
      LOG.warn("Closing {} failed: {}", part.getClass().getSimpleName(), e.getMessage());
    }
  }
}
