package io.oes.server.grpc;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.oes.api.OrderUpdate;
import io.oes.core.feed.FeedResume;
import io.oes.core.feed.OrderEvent;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * One StreamOrderUpdates subscriber. The feed hands live events in without waiting; they queue
 * here (bounded) and are written as fast as the client's transport accepts them. A live
 * subscriber that falls {@code capacity} events behind is dropped with RESOURCE_EXHAUSTED,
 * telling it where to resume, so it can never slow down order handling. Replayed events (a
 * resume) wait for room instead: the resume runs on its own thread, which may wait.
 *
 * <p>An update is written only once the store has committed it: the feed numbers events before
 * they are durable, and a subscriber must never see a sequence that a crash could give to
 * another event. Waiting for the commit holds this subscriber's queue, nobody else.
 */
final class UpdateStream implements FeedResume.Target {
  /** How often a replay waiting for room looks whether the subscriber went away. */
  private static final long ROOM_POLL_MS = 100;

  private final ServerCallStreamObserver<OrderUpdate> observer;
  private final Predicate<OrderEvent> filter;
  private final BlockingQueue<OrderEvent> queue;
  private final Executor drainer;
  private final Runnable onEnd;
  private final LongFunction<CompletableFuture<Void>> committed;
  private final AtomicInteger drainRequests = new AtomicInteger();
  private final AtomicReference<Failure> failure = new AtomicReference<>();
  private final int capacity;
  private volatile boolean ended;
  private volatile long lastSentSequence;

  /**
   * @param resumeAfter the sequence the subscriber has seen, named to it if it is cut off before
   *     anything more is sent
   * @param committed completes once the event with the given sequence is committed
   */
  UpdateStream(ServerCallStreamObserver<OrderUpdate> observer, Predicate<OrderEvent> filter,
      int capacity, long resumeAfter, Executor drainer, Runnable onEnd,
      LongFunction<CompletableFuture<Void>> committed) {
    this.committed = committed;
    this.observer = observer;
    this.filter = filter;
    this.capacity = capacity;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.lastSentSequence = resumeAfter;
    this.drainer = drainer;
    this.onEnd = onEnd;
    observer.setOnReadyHandler(this::requestDrain);
    observer.setOnCancelHandler(this::end);
  }

  @Override
  public void onEvent(OrderEvent event) {
    if (ended || failure.get() != null || !filter.test(event)) {
      return;
    }
    if (!queue.offer(event)) {
      failure.compareAndSet(null, new Failure(Status.RESOURCE_EXHAUSTED.withDescription(
          "subscriber too slow: more than " + capacity + " updates waiting"), true));
      requestDrain();
      return;
    }
    requestDrain();
  }

  @Override
  public boolean onReplay(OrderEvent event) throws InterruptedException {
    if (!filter.test(event)) {
      return !isGone();
    }
    while (!queue.offer(event, ROOM_POLL_MS, TimeUnit.MILLISECONDS)) {
      if (isGone()) {
        return false;
      }
    }
    requestDrain();
    return !isGone();
  }

  @Override
  public int room() {
    return queue.remainingCapacity();
  }

  /** Whether the stream has ended or is about to (no more events will be sent). */
  @Override
  public boolean isGone() {
    return ended || failure.get() != null;
  }

  /**
   * Ends the stream with {@code status}, adding where to resume when {@code tellResumePoint}
   * (a resume from there can succeed). Returns at once; the drain writes the error.
   */
  void fail(Status status, boolean tellResumePoint) {
    if (failure.compareAndSet(null, new Failure(status, tellResumePoint))) {
      requestDrain();
    }
  }

  private record Failure(Status status, boolean tellResumePoint) {}

  private void requestDrain() {
    if (drainRequests.getAndIncrement() == 0) {
      drainer.execute(this::drain);
    }
  }

  /** Only one drain runs at a time: writes to the observer are never concurrent. */
  private void drain() {
    do {
      Failure failed = failure.get();
      if (failed != null) {
        endWith(failed);
        return;
      }
      while (!ended && observer.isReady()) {
        OrderEvent event = queue.peek();
        if (event == null || !isCommitted(event)) {
          break;
        }
        queue.poll();
        observer.onNext(ProtoOrders.toProto(event));
        lastSentSequence = event.sequence();
      }
    } while (drainRequests.decrementAndGet() != 0);
  }

  /** Whether {@code event} is committed; if not, drains again once it is. */
  private boolean isCommitted(OrderEvent event) {
    CompletableFuture<Void> durable = committed.apply(event.sequence());
    if (durable.isDone()) {
      return true;
    }
    durable.whenComplete((done, error) -> requestDrain());
    return false;
  }

  private void endWith(Failure failed) {
    queue.clear();
    if (ended) {
      return;
    }
    end();
    Status status = failed.status();
    if (failed.tellResumePoint()) {
      status = status.withDescription(status.getDescription() + "; resume with from_sequence="
          + lastSentSequence);
    }
    observer.onError(status.asRuntimeException());
  }

  private void end() {
    if (!ended) {
      ended = true;
      onEnd.run();
    }
  }
}
