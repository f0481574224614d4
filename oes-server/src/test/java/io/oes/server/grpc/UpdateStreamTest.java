package io.oes.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.oes.api.OrderUpdate;
import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.UpdateType;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class UpdateStreamTest {
  private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

  /** A transport that accepts messages only while {@link #ready} says so. */
  private static final class Transport extends ServerCallStreamObserver<OrderUpdate> {
    final List<OrderUpdate> sent = new ArrayList<>();
    Throwable error;
    volatile boolean ready = true;
    Runnable onReady = () -> { };

    @Override
    public boolean isReady() {
      return ready;
    }

    @Override
    public void setOnReadyHandler(Runnable handler) {
      onReady = handler;
    }

    @Override
    public void onNext(OrderUpdate value) {
      sent.add(value);
    }

    @Override
    public void onError(Throwable t) {
      error = t;
    }

    @Override
    public void onCompleted() {}

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public void setOnCancelHandler(Runnable handler) {}

    @Override
    public void setCompression(String compression) {}

    @Override
    public void disableAutoInboundFlowControl() {}

    @Override
    public void request(int count) {}

    @Override
    public void setMessageCompression(boolean enable) {}
  }

  private static OrderEvent event(long sequence) {
    OrderRequest request = new OrderRequest("u1", "c" + sequence, "BTCUSDT", Side.BUY,
        OrderType.LIMIT, TimeInForce.GTC, BigDecimal.ONE, new BigDecimal("40000"), null, false,
        false);
    return new OrderEvent(sequence, Order.accepted("O" + sequence, "main", request, "oes-", T0),
        UpdateType.CREATED, null, T0);
  }

  @Test
  void updatesFlowWhileTheClientKeepsUp() {
    Transport transport = new Transport();
    UpdateStream stream = new UpdateStream(transport, e -> true, 3, 0, Runnable::run, () -> { },
        UpdateStreamTest::committed);
    for (long s = 1; s <= 10; s++) {
      stream.onEvent(event(s));
    }
    assertThat(transport.sent).extracting(OrderUpdate::getSequence)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
  }

  @Test
  void queuedUpdatesFollowWhenTheTransportIsReadyAgain() {
    Transport transport = new Transport();
    UpdateStream stream = new UpdateStream(transport, e -> true, 3, 0, Runnable::run, () -> { },
        UpdateStreamTest::committed);
    transport.ready = false;
    stream.onEvent(event(1));
    stream.onEvent(event(2));
    assertThat(transport.sent).isEmpty();
    transport.ready = true;
    transport.onReady.run();
    assertThat(transport.sent).extracting(OrderUpdate::getSequence).containsExactly(1L, 2L);
  }

  @Test
  void aSubscriberFallingTooFarBehindIsDroppedWithWhereToResume() {
    Transport transport = new Transport();
    AtomicBoolean ended = new AtomicBoolean();
    UpdateStream stream = new UpdateStream(transport, e -> true, 3, 0, Runnable::run,
        () -> ended.set(true), UpdateStreamTest::committed);
    stream.onEvent(event(1));
    transport.ready = false;
    for (long s = 2; s <= 5; s++) {
      stream.onEvent(event(s));
    }
    Status status = Status.fromThrowable(transport.error);
    assertThat(status.getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    assertThat(status.getDescription()).contains("too slow").contains("from_sequence=1");
    assertThat(ended).isTrue();
  }

  @Test
  void eventsOutsideTheFilterAreNeverQueued() {
    Transport transport = new Transport();
    UpdateStream stream = new UpdateStream(transport, e -> e.sequence() % 2 == 0, 1, 0,
        Runnable::run, () -> { },
        UpdateStreamTest::committed);
    transport.ready = false;
    stream.onEvent(event(1));
    stream.onEvent(event(2));
    stream.onEvent(event(3));
    assertThat(transport.error).isNull();
  }

  @Test
  void aReplayWaitsForRoomInsteadOfDroppingTheSubscriber() throws Exception {
    Transport transport = new Transport();
    UpdateStream stream = new UpdateStream(transport, e -> true, 1, 0, Runnable::run, () -> { },
        UpdateStreamTest::committed);
    transport.ready = false;
    assertThat(stream.onReplay(event(1))).isTrue();
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
      try {
        return stream.onReplay(event(2));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    transport.ready = true;
    transport.onReady.run();

    assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(transport.error).isNull();
    assertThat(transport.sent).extracting(OrderUpdate::getSequence).containsExactly(1L, 2L);
  }

  @Test
  void aSubscriberCutOffBeforeAnythingWasSentIsToldToResumeWhereItStarted() {
    Transport transport = new Transport();
    UpdateStream stream = new UpdateStream(transport, e -> true, 1, 42, Runnable::run, () -> { },
        UpdateStreamTest::committed);
    transport.ready = false;
    stream.onEvent(event(43));
    stream.onEvent(event(44));

    assertThat(Status.fromThrowable(transport.error).getDescription())
        .contains("from_sequence=42");
  }

  @Test
  void anUpdateIsSentOnlyOnceTheStoreHasCommittedIt() {
    Transport transport = new Transport();
    CompletableFuture<Void> secondCommitted = new CompletableFuture<>();
    UpdateStream stream = new UpdateStream(transport, e -> true, 3, 0, Runnable::run, () -> { },
        sequence -> sequence < 2 ? committed(sequence) : secondCommitted);
    stream.onEvent(event(1));
    stream.onEvent(event(2));
    stream.onEvent(event(3));
    assertThat(transport.sent).extracting(OrderUpdate::getSequence).containsExactly(1L);

    secondCommitted.complete(null);
    assertThat(transport.sent).extracting(OrderUpdate::getSequence).containsExactly(1L, 2L, 3L);
  }

  /** Every sequence committed at once. */
  private static CompletableFuture<Void> committed(long sequence) {
    return CompletableFuture.completedFuture(null);
  }
}
