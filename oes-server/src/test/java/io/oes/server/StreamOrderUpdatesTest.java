package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.oes.api.CancelOrderRequest;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderUpdate;
import io.oes.api.StreamOrderUpdatesRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * StreamOrderUpdates as subscribers meet it: resume without gaps, filters, many at once. (How a
 * slow subscriber is dropped is tested on {@link io.oes.server.grpc.UpdateStream} itself.)
 */
class StreamOrderUpdatesTest {
  private static RunningGateway running;

  @BeforeAll
  static void start() {
    running = RunningGateway.start(Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    running.close();
  }

  /** Collects what a subscription delivers. */
  private static final class Collector implements StreamObserver<OrderUpdate> {
    final BlockingQueue<OrderUpdate> updates = new LinkedBlockingQueue<>();
    final CompletableFuture<Status> ended = new CompletableFuture<>();

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

    List<OrderUpdate> take(int count) throws InterruptedException {
      List<OrderUpdate> taken = new ArrayList<>();
      while (taken.size() < count) {
        OrderUpdate next = updates.poll(10, TimeUnit.SECONDS);
        assertThat(next).as("update %d of %d", taken.size() + 1, count).isNotNull();
        taken.add(next);
      }
      return taken;
    }
  }

  private static Collector subscribe(StreamOrderUpdatesRequest request) {
    Collector collector = new Collector();
    OrderServiceGrpc.newStub(running.channel).streamOrderUpdates(request, collector);
    return collector;
  }

  /** Places and cancels one order of {@code user}: three updates. */
  private static void placeAndCancel(String user) {
    String id = running.orders().createOrder(RunningGateway.restingBuy(user).build()).getOrderId();
    running.orders().cancelOrder(CancelOrderRequest.newBuilder().setOrderId(id).build());
  }

  /** Sends orders until {@code collector} sees one, so its subscription is surely live. */
  private static void awaitLive(Collector collector, String user) throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      placeAndCancel(user);
      if (collector.updates.poll(200, TimeUnit.MILLISECONDS) != null) {
        Thread.sleep(200);
        collector.updates.clear();
        return;
      }
    }
    throw new AssertionError("the subscription never delivered");
  }

  @Test
  void aResumingSubscriberGetsEveryUpdateAfterItsSequenceExactlyOnce() throws Exception {
    Collector first = subscribe(StreamOrderUpdatesRequest.newBuilder().setUserId("resumer").build());
    awaitLive(first, "resumer");
    for (int i = 0; i < 5; i++) {
      placeAndCancel("resumer");
    }
    List<OrderUpdate> seen = first.take(15);
    long resumeAfter = seen.get(6).getSequence();

    Collector resumed = subscribe(StreamOrderUpdatesRequest.newBuilder().setUserId("resumer")
        .setFromSequence(resumeAfter).build());
    List<OrderUpdate> replayed = resumed.take(8);
    assertThat(replayed).extracting(OrderUpdate::getSequence)
        .containsExactlyElementsOf(seen.subList(7, 15).stream().map(OrderUpdate::getSequence)
            .toList());
    assertThat(resumed.updates.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void sequencesIncreaseAndFiltersKeepOtherUsersOut() throws Exception {
    Collector mine = subscribe(StreamOrderUpdatesRequest.newBuilder().setUserId("filtered")
        .addSymbols("BTCUSDT").build());
    awaitLive(mine, "filtered");
    placeAndCancel("someone-else");
    placeAndCancel("filtered");
    List<OrderUpdate> got = mine.take(3);
    assertThat(got).allMatch(u -> u.getOrder().getUserId().equals("filtered"));
    assertThat(got).extracting(OrderUpdate::getUpdateType)
        .containsExactly("CREATED", "SUBMITTED", "CANCELED");
    assertThat(got.get(1).getSequence()).isGreaterThan(got.get(0).getSequence());
    assertThat(got.get(2).getSequence()).isGreaterThan(got.get(1).getSequence());
  }

  @Test
  void manySubscribersSeeTheSameUpdatesInTheSameOrder() throws Exception {
    List<Collector> subscribers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      subscribers.add(subscribe(StreamOrderUpdatesRequest.newBuilder().setUserId("crowd").build()));
    }
    for (Collector c : subscribers) {
      awaitLive(c, "crowd");
    }
    for (Collector c : subscribers) {
      c.updates.clear();
    }
    for (int i = 0; i < 3; i++) {
      placeAndCancel("crowd");
    }
    List<Long> reference = subscribers.get(0).take(9).stream().map(OrderUpdate::getSequence).toList();
    for (Collector c : subscribers.subList(1, subscribers.size())) {
      assertThat(c.take(9)).extracting(OrderUpdate::getSequence).isEqualTo(reference);
    }
  }
}
