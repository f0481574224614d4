package io.oes.sim.stream;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that renders and routes user data events, so a matching engine only hands an
 * immutable event over and goes on. One thread keeps every account's events in the order the
 * engines reported them. Bounded: when it falls that far behind, a new event is dropped and
 * counted rather than ever making an engine wait. Thread-safe.
 */
final class UserEventPublisher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(UserEventPublisher.class);
  private static final int QUEUE_CAPACITY = 65_536;

  private final AtomicLong dropped = new AtomicLong();
  private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0,
      TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_CAPACITY),
      Thread.ofPlatform().name("oes-sim-user-events").daemon().factory(),
      (task, executor) -> onDropped());

  /** Runs {@code task} on the publisher thread after every task handed over before it. */
  void execute(Runnable task) {
    thread.execute(() -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.error("A user data event could not be published", e);
      }
    });
  }

  long droppedCount() {
    return dropped.get();
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }

  private void onDropped() {
    if (dropped.incrementAndGet() % 1000 == 1) {
      LOG.warn("User data events dropped: the publisher is {} events behind", QUEUE_CAPACITY);
    }
  }
}
