package io.oes.core.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one thread that mutates an account's state. Commands run one at a time in the order they
 * were handed in; a command that throws fails its own future and the writer carries on.
 */
final class Writer implements Executor, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Writer.class.getName());
  private final Executor commands;
  private final Runnable onClose;

  /** A writer on a thread of its own, named {@code name}. */
  static Writer thread(String name) {
    ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
      Thread t = new Thread(runnable, name);
      t.setDaemon(true);
      return t;
    });
    return new Writer(thread, () -> stop(thread));
  }

  /**
   * A writer whose commands {@code commands} runs one at a time, in order: a test's, which runs
   * them when the test says.
   */
  Writer(Executor commands, Runnable onClose) {
    this.commands = commands;
    this.onClose = onClose;
  }

  /** Runs {@code command} on the writer and completes with its result. */
  <T> CompletableFuture<T> call(Supplier<T> command) {
    return CompletableFuture.supplyAsync(command, this);
  }

  @Override
  public void execute(Runnable command) {
    commands.execute(() -> {
      try {
        command.run();
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "engine command failed on "
            + Thread.currentThread().getName(), e);
        throw e;
      }
    });
  }

  @Override
  public void close() {
    onClose.run();
  }

  private static void stop(ExecutorService thread) {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
