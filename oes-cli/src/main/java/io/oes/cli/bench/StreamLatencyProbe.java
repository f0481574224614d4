package io.oes.cli.bench;

import io.grpc.Context;
import io.grpc.stub.StreamObserver;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderUpdate;
import io.oes.api.StreamOrderUpdatesRequest;
import io.oes.cli.client.GatewayChannel;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Measures how late a StreamOrderUpdates subscriber learns that the exchange acknowledged an
 * order: subscribes to the bench user's updates, and for every order armed by a CreateOrder
 * answer pairs that answer with the order's first update past CREATED (SUBMITTED for a resting
 * order, FILLED for a market one). Two figures: answer → update on this process's monotonic
 * clock (the update may even arrive first: counted, recorded as 0), and the order's exchange
 * event time ({@code updated_at_ms}, the gateway's wall clock) → update, at millisecond
 * resolution, valid when the gateway runs on this machine.
 */
final class StreamLatencyProbe implements GatewayOrderCall.AckListener, AutoCloseable {
  private final ConcurrentMap<String, Long> answeredAtNanos = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Long> updatedAtNanos = new ConcurrentHashMap<>();
  private final Histogram answerToUpdateMicros = LoadRun.newHistogram();
  private final Histogram eventToUpdateMicros = LoadRun.newHistogram();
  private final AtomicLong updateFirst = new AtomicLong();
  private final Context.CancellableContext subscription = Context.current().withCancellation();
  private volatile boolean armed;

  /** Subscribes to {@code userId}'s updates of {@code symbol}; a short settle follows. */
  StreamLatencyProbe(GatewayChannel gateway, String userId, String symbol)
      throws InterruptedException {
    OrderServiceGrpc.OrderServiceStub stub =
        OrderServiceGrpc.newStub(gateway.ordersWithoutDeadline().getChannel());
    StreamOrderUpdatesRequest request = StreamOrderUpdatesRequest.newBuilder()
        .setUserId(userId).addSymbols(symbol).build();
    subscription.run(() -> stub.streamOrderUpdates(request, new Subscriber()));
    // The server registers a subscriber asynchronously; orders sent before that go unseen.
    TimeUnit.MILLISECONDS.sleep(300);
  }

  /** From now on, answers are paired with updates (the warm-up is over). */
  void arm() {
    armed = true;
  }

  @Override
  public void onCreateAnswered(String orderId, long answeredAt) {
    if (!armed) {
      return;
    }
    answeredAtNanos.put(orderId, answeredAt);
    pair(orderId);
  }

  /** Waits up to {@code timeoutMs} for the updates of every answered order. */
  StreamLatency awaitResult(long timeoutMs) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMs * 1_000_000;
    while (!answeredAtNanos.isEmpty() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(10);
    }
    synchronized (this) {
      return new StreamLatency(answerToUpdateMicros.copy(), eventToUpdateMicros.copy(),
          updateFirst.get(), answeredAtNanos.size());
    }
  }

  private void onUpdate(OrderUpdate update, long arrivedAt, long arrivedAtMillis) {
    if (!armed || "CREATED".equals(update.getUpdateType())) {
      return;
    }
    String orderId = update.getOrder().getOrderId();
    if (updatedAtNanos.putIfAbsent(orderId, arrivedAt) != null) {
      return; // only the first update past CREATED counts
    }
    long eventMillis = update.getOrder().getUpdatedAtMs();
    if (eventMillis > 0) {
      synchronized (this) {
        eventToUpdateMicros.recordValue(clamp((arrivedAtMillis - eventMillis) * 1_000));
      }
    }
    pair(orderId);
  }

  /** Records the pair once both halves are in; each order is recorded once. */
  private void pair(String orderId) {
    Long answered = answeredAtNanos.get(orderId);
    Long updated = updatedAtNanos.get(orderId);
    if (answered == null || updated == null || !answeredAtNanos.remove(orderId, answered)) {
      return;
    }
    updatedAtNanos.remove(orderId);
    long micros = (updated - answered) / 1_000;
    if (micros < 0) {
      updateFirst.incrementAndGet();
    }
    synchronized (this) {
      answerToUpdateMicros.recordValue(clamp(micros));
    }
  }

  private static long clamp(long micros) {
    return Math.max(0, Math.min(micros, LoadRun.HIGHEST_MICROS));
  }

  @Override
  public void close() {
    subscription.cancel(null);
  }

  private final class Subscriber implements StreamObserver<OrderUpdate> {
    @Override
    public void onNext(OrderUpdate update) {
      onUpdate(update, System.nanoTime(), System.currentTimeMillis());
    }

    @Override
    public void onError(Throwable error) {
      // The stream ends with CANCELLED when the probe closes; unpaired orders show in the result.
    }

    @Override
    public void onCompleted() {
      // Same as above: whatever was not paired by now is reported as unmatched.
    }
  }
}
