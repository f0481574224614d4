package io.oes.server.grpc;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.oes.api.OrderUpdate;
import io.oes.core.feed.FeedListener;
import io.oes.core.feed.OrderEvent;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * One StreamOrderUpdates subscriber. The feed hands events in without waiting; they queue here
 * (bounded) and are written as fast as the client's transport accepts them. A subscriber that
 * falls {@code capacity} events behind is dropped with RESOURCE_EXHAUSTED, telling it where to
 * resume, so it can never slow down order handling.
 */
final class UpdateStream implements FeedListener {
  private final ServerCallStreamObserver<OrderUpdate> observer;
  private final Predicate<OrderEvent> filter;
  private final BlockingQueue<OrderEvent> queue;
  private final Executor drainer;
  private final Runnable onEnd;
  private final AtomicInteger drainRequests = new AtomicInteger();
  private final int capacity;
  private volatile boolean overflowed;
  private volatile boolean ended;
  private long lastSentSequence;

  UpdateStream(ServerCallStreamObserver<OrderUpdate> observer, Predicate<OrderEvent> filter,
      int capacity, Executor drainer, Runnable onEnd) {
    this.observer = observer;
    this.filter = filter;
    this.capacity = capacity;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.drainer = drainer;
    this.onEnd = onEnd;
    observer.setOnReadyHandler(this::requestDrain);
    observer.setOnCancelHandler(this::end);
  }

  @Override
  public void onEvent(OrderEvent event) {
    if (ended || overflowed || !filter.test(event)) {
      return;
    }
    if (!queue.offer(event)) {
      overflowed = true;
    }
    requestDrain();
  }

  private void requestDrain() {
    if (drainRequests.getAndIncrement() == 0) {
      drainer.execute(this::drain);
    }
  }

  /** Only one drain runs at a time: writes to the observer are never concurrent. */
  private void drain() {
    do {
      if (overflowed) {
        dropSlowSubscriber();
        return;
      }
      while (!ended && observer.isReady()) {
        OrderEvent event = queue.poll();
        if (event == null) {
          break;
        }
        observer.onNext(ProtoOrders.toProto(event));
        lastSentSequence = event.sequence();
      }
    } while (drainRequests.decrementAndGet() != 0);
  }

  private void dropSlowSubscriber() {
    queue.clear();
    end();
    observer.onError(Status.RESOURCE_EXHAUSTED
        .withDescription("subscriber too slow: more than " + capacity
            + " updates waiting; resume with from_sequence=" + lastSentSequence)
        .asRuntimeException());
  }

  private void end() {
    if (!ended) {
      ended = true;
      onEnd.run();
    }
  }
}
