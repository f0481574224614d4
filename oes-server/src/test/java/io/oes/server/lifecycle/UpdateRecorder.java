package io.oes.server.lifecycle;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.oes.api.OrderUpdate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Everything one StreamOrderUpdates subscription delivered, in the order it arrived. */
final class UpdateRecorder implements StreamObserver<OrderUpdate> {
  private final List<OrderUpdate> updates = new CopyOnWriteArrayList<>();
  private volatile long lastArrivalNanos = System.nanoTime();
  final CompletableFuture<Status> ended = new CompletableFuture<>();

  @Override
  public void onNext(OrderUpdate update) {
    updates.add(update);
    lastArrivalNanos = System.nanoTime();
  }

  @Override
  public void onError(Throwable t) {
    ended.complete(Status.fromThrowable(t));
  }

  @Override
  public void onCompleted() {
    ended.complete(Status.OK);
  }

  List<OrderUpdate> all() {
    return List.copyOf(updates);
  }

  List<OrderUpdate> of(String orderId) {
    return updates.stream().filter(u -> u.getOrder().getOrderId().equals(orderId)).toList();
  }

  /** Waits until an update matching {@code wanted} arrived; fails after {@code timeout}. */
  OrderUpdate await(Predicate<OrderUpdate> wanted, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (OrderUpdate update : updates) {
        if (wanted.test(update)) {
          return update;
        }
      }
      failIfEnded();
      Thread.sleep(10);
    }
    throw new AssertionError("no update within " + timeout + ": " + what + "; got " + updates);
  }

  /** Waits until nothing arrived for {@code quiet}, at most {@code timeout}. */
  void awaitQuiet(Duration quiet, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() - lastArrivalNanos < quiet.toNanos()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("updates still arriving after " + timeout);
      }
      failIfEnded();
      Thread.sleep(20);
    }
  }

  private void failIfEnded() {
    if (ended.isDone()) {
      throw new AssertionError("the subscription ended: " + ended.join());
    }
  }
}
