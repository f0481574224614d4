package io.oes.core.engine;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A writer's commands, run on the test's thread when the test says: a test steps the engine
 * and looks at it between steps.
 */
final class SteppedCommands implements Executor {
  private final BlockingQueue<Runnable> queued = new LinkedBlockingQueue<>();

  @Override
  public void execute(Runnable command) {
    queued.add(command);
  }

  /** Runs every queued command, and those they queue, until none is left; returns how many. */
  int runAll() {
    int ran = 0;
    for (Runnable next = queued.poll(); next != null; next = queued.poll()) {
      next.run();
      ran++;
    }
    return ran;
  }

  /**
   * Waits up to {@code within} for a command handed in from another thread (an exchange
   * answer, a store read), then runs it and every command queued after it.
   */
  int runNext(Duration within) throws InterruptedException {
    Runnable next = queued.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    if (next == null) {
      throw new AssertionError("no command reached the writer within " + within);
    }
    next.run();
    return 1 + runAll();
  }

  /**
   * Runs commands as they reach the writer until {@code answer} is done (its last step may run
   * elsewhere: the store's commit), for at most {@code within}; returns its result.
   */
  <T> T runUntilDone(java.util.concurrent.CompletableFuture<T> answer, Duration within)
      throws Exception {
    runUntil(answer::isDone, within);
    return answer.get();
  }

  /** Runs commands as they reach the writer until {@code holds}, for at most {@code within}. */
  void runUntil(java.util.function.BooleanSupplier holds, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    runAll();
    while (!holds.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + within);
      }
      Runnable next = queued.poll(10, TimeUnit.MILLISECONDS);
      if (next != null) {
        next.run();
        runAll();
      }
    }
  }

  Writer writer() {
    return new Writer(this, () -> { });
  }
}
