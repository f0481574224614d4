package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderUpdate;
import io.oes.api.StreamOrderUpdatesRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Collects what one StreamOrderUpdates subscription delivers, and how it ended. */
final class UpdateCollector implements StreamObserver<OrderUpdate> {
  final BlockingQueue<OrderUpdate> updates = new LinkedBlockingQueue<>();
  final CompletableFuture<Status> ended = new CompletableFuture<>();

  /** Subscribes over {@code channel}. */
  static UpdateCollector subscribe(ManagedChannel channel, StreamOrderUpdatesRequest request) {
    UpdateCollector collector = new UpdateCollector();
    OrderServiceGrpc.newStub(channel).streamOrderUpdates(request, collector);
    return collector;
  }

  @Override
  public void onNext(OrderUpdate update) {
    updates.add(update);
  }

  @Override
  public void onError(Throwable t) {
    ended.complete(Status.fromThrowable(t));
  }

  @Override
  public void onCompleted() {
    ended.complete(Status.OK);
  }

  /** The next {@code count} updates, failing if any takes more than 10 s to come. */
  List<OrderUpdate> take(int count) throws InterruptedException {
    List<OrderUpdate> taken = new ArrayList<>();
    while (taken.size() < count) {
      OrderUpdate next = updates.poll(10, TimeUnit.SECONDS);
      assertThat(next).as("update %d of %d", taken.size() + 1, count).isNotNull();
      taken.add(next);
    }
    return taken;
  }

  /**
   * Has {@code gateway} place and cancel orders of {@code user} until this subscription sees
   * one, so it is surely live, then forgets what it saw.
   */
  void awaitLive(RunningGateway gateway, String user) throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      gateway.placeAndCancel(user);
      if (updates.poll(200, TimeUnit.MILLISECONDS) != null) {
        Thread.sleep(200);
        updates.clear();
        return;
      }
    }
    throw new AssertionError("the subscription never delivered");
  }

  /** How the stream ended, failing if it does not end within 10 s. */
  Status awaitEnd() throws Exception {
    return ended.get(10, TimeUnit.SECONDS);
  }
}
