package io.oes.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A broken hand-off hangs rather than fails: the timeout turns that into a failure. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OrderFeedTest {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private static final Duration DELIVERY = Duration.ofSeconds(30);
  private static final OrderEvent EVENT = event();

  /** Records the sequences it is handed; only the delivery thread (or a replay) writes. */
  private static final class Recorder implements FeedListener {
    private final List<Long> sequences = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onEvent(OrderEvent event) {
      sequences.add(event.sequence());
    }

    List<Long> sequences() {
      synchronized (sequences) {
        return List.copyOf(sequences);
      }
    }
  }

  /** A sink that stops on its first event until released (at the latest when closed). */
  private static final class BlockedSink implements FeedListener, AutoCloseable {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final Recorder seen = new Recorder();

    @Override
    public void onEvent(OrderEvent event) {
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      seen.onEvent(event);
    }

    @Override
    public void close() {
      release.countDown();
    }
  }

  private static OrderEvent event() {
    OrderRequest request = new OrderRequest("u1", "c1", "BTCUSDT", Side.BUY, OrderType.LIMIT,
        TimeInForce.GTC, BigDecimal.ONE, new BigDecimal("40000"), null, false, false);
    Order order = Order.accepted("O1", "main", request, "oes-", T0);
    return new OrderEvent(0, order, UpdateType.CREATED, null, T0);
  }

  private static List<Long> range(long first, long last) {
    return LongStream.rangeClosed(first, last).boxed().toList();
  }

  @Test
  void concurrentProducersGetOneGapFreeSequenceThatEverySinkSeesInOrder() throws Exception {
    Recorder store = new Recorder();
    Recorder cache = new Recorder();
    Recorder subscriber = new Recorder();
    int producers = 4;
    int perProducer = 25_000;
    try (OrderFeed feed = new OrderFeed(List.of(store, cache), 0, 0, 1024)) {
      feed.subscribe(subscriber);
      ConcurrentLinkedQueue<Long> returned = new ConcurrentLinkedQueue<>();
      List<Thread> threads = new ArrayList<>();
      for (int p = 0; p < producers; p++) {
        threads.add(Thread.ofPlatform().start(() -> {
          for (int i = 0; i < perProducer; i++) {
            returned.add(feed.emit(EVENT).sequence());
          }
        }));
      }
      for (Thread thread : threads) {
        thread.join();
      }
      long total = (long) producers * perProducer;

      assertThat(feed.lastSequence()).isEqualTo(total);
      assertThat(returned.stream().sorted().toList()).isEqualTo(range(1, total));
      assertThat(feed.awaitDelivered(total, DELIVERY)).isTrue();
      assertThat(store.sequences()).isEqualTo(range(1, total));
      assertThat(cache.sequences()).isEqualTo(range(1, total));
      assertThat(subscriber.sequences()).isEqualTo(range(1, total));
    }
  }

  @Test
  void emitReturnsWhileASinkIsBlockedAndTheEventsArriveOnceItIsNot() throws Exception {
    BlockedSink blocked = new BlockedSink();
    // the sink is closed first, so a failed assertion never leaves the feed's close waiting
    try (OrderFeed feed = new OrderFeed(List.of(blocked), 0, 0, 8); BlockedSink sink = blocked) {
      List<Long> returned = new ArrayList<>();
      feed.emit(EVENT);
      assertThat(sink.entered.await(30, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 7; i++) {
        returned.add(feed.emit(EVENT).sequence());
      }

      assertThat(returned).isEqualTo(range(2, 8));
      assertThat(sink.seen.sequences()).isEmpty();
      sink.release.countDown();
      assertThat(feed.awaitDelivered(8, DELIVERY)).isTrue();
      assertThat(sink.seen.sequences()).isEqualTo(range(1, 8));
    }
  }

  @Test
  void aFullRingMakesEmitWaitAndDropsNothing() throws Exception {
    BlockedSink blocked = new BlockedSink();
    // the sink is closed first, so a failed assertion never leaves the feed's close waiting
    try (OrderFeed feed = new OrderFeed(List.of(blocked), 0, 0, 4); BlockedSink sink = blocked) {
      AtomicInteger returned = new AtomicInteger();
      Thread producer = Thread.ofPlatform().start(() -> {
        for (int i = 0; i < 10; i++) {
          feed.emit(EVENT);
          returned.incrementAndGet();
        }
      });
      // nothing is released while the sink holds the first event, so the fifth claim waits
      Awaitility.await().atMost(DELIVERY)
          .until(() -> producer.getState() == Thread.State.WAITING);

      assertThat(returned.get()).isEqualTo(4);
      assertThat(feed.lastSequence()).isEqualTo(5);
      sink.release.countDown();
      producer.join();
      assertThat(feed.awaitDelivered(10, DELIVERY)).isTrue();
      assertThat(sink.seen.sequences()).isEqualTo(range(1, 10));
    }
  }

  @Test
  void aThrowingListenerStopsNeitherTheOthersNorTheNextEvents() throws Exception {
    FeedListener failsOnSecond = event -> {
      if (event.sequence() == 2) {
        throw new IllegalStateException("sink down");
      }
    };
    Recorder nextSink = new Recorder();
    Recorder nextSubscriber = new Recorder();
    try (OrderFeed feed = new OrderFeed(List.of(failsOnSecond, nextSink), 0, 0)) {
      feed.subscribe(failsOnSecond);
      feed.subscribe(nextSubscriber);
      for (int i = 0; i < 3; i++) {
        feed.emit(EVENT);
      }

      assertThat(feed.awaitDelivered(3, DELIVERY)).isTrue();
      assertThat(nextSink.sequences()).isEqualTo(range(1, 3));
      assertThat(nextSubscriber.sequences()).isEqualTo(range(1, 3));
      assertThat(feed.listenerFailures()).isEqualTo(2);
    }
  }

  @Test
  void subscribersAddedAfterASequenceWhileEventsFlowMissAndRepeatNothing() throws Exception {
    int total = 40_000;
    int subscribers = 40;
    try (OrderFeed feed = new OrderFeed(List.of(), total, 0, 64)) {
      Thread emitter = Thread.ofPlatform().start(() -> {
        for (int i = 0; i < total; i++) {
          feed.emit(EVENT);
        }
      });
      List<Recorder> recorders = new ArrayList<>();
      List<Long> froms = new ArrayList<>();
      for (int s = 0; s < subscribers; s++) {
        Recorder recorder = new Recorder();
        long from = Math.max(0, feed.lastSequence() - s);
        // false while the event after from is claimed but not delivered yet
        while (!feed.subscribeAfter(recorder, from, Integer.MAX_VALUE)) {
          Thread.onSpinWait();
        }
        recorders.add(recorder);
        froms.add(from);
      }
      emitter.join();

      assertThat(feed.awaitDelivered(total, DELIVERY)).isTrue();
      for (int s = 0; s < subscribers; s++) {
        assertThat(recorders.get(s).sequences()).as("subscribed after %d", froms.get(s))
            .isEqualTo(range(froms.get(s) + 1, total));
      }
    }
  }

  @Test
  void aSubscriberAfterAnEventNotDeliveredYetIsRefusedUntilItIs() throws Exception {
    BlockedSink blocked = new BlockedSink();
    Recorder subscriber = new Recorder();
    // the sink is closed first, so a failed assertion never leaves the feed's close waiting
    try (OrderFeed feed = new OrderFeed(List.of(blocked), 100, 0); BlockedSink sink = blocked) {
      feed.emit(EVENT);
      assertThat(sink.entered.await(30, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 4; i++) {
        feed.emit(EVENT);
      }

      assertThat(feed.subscribeAfter(subscriber, 3, 100)).isFalse();
      sink.release.countDown();
      assertThat(feed.awaitDelivered(5, DELIVERY)).isTrue();
      assertThat(feed.subscribeAfter(subscriber, 3, 100)).isTrue();
      feed.emit(EVENT);
      assertThat(feed.awaitDelivered(6, DELIVERY)).isTrue();
      assertThat(subscriber.sequences()).isEqualTo(range(4, 6));
    }
  }

  @Test
  void closeDeliversEveryEventClaimedBeforeAndLaterEmitsFail() throws Exception {
    BlockedSink sink = new BlockedSink();
    OrderFeed feed = new OrderFeed(List.of(sink), 0, 0, 128);
    for (int i = 0; i < 100; i++) {
      feed.emit(EVENT);
    }
    Thread closer = Thread.ofPlatform().start(feed::close);
    assertThat(sink.entered.await(30, TimeUnit.SECONDS)).isTrue();
    sink.release.countDown();
    closer.join();

    assertThat(sink.seen.sequences()).isEqualTo(range(1, 100));
    assertThatThrownBy(() -> feed.emit(EVENT)).isInstanceOf(IllegalStateException.class);
    assertThat(feed.lastSequence()).isEqualTo(100);
  }

  @Test
  void anEmitRacingCloseIsEitherDeliveredOrRefused() throws Exception {
    Recorder sink = new Recorder();
    OrderFeed feed = new OrderFeed(List.of(sink), 0, 0, 256);
    ConcurrentLinkedQueue<Long> returned = new ConcurrentLinkedQueue<>();
    List<Thread> producers = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      producers.add(Thread.ofPlatform().start(() -> {
        try {
          while (true) {
            returned.add(feed.emit(EVENT).sequence());
          }
        } catch (IllegalStateException closed) {
          // the feed closed: this emit was refused and numbered nothing
        }
      }));
    }
    Awaitility.await().atMost(DELIVERY).until(() -> feed.lastSequence() > 10_000);
    feed.close();
    for (Thread producer : producers) {
      producer.join();
    }

    List<Long> sorted = returned.stream().sorted().toList();
    assertThat(sorted).isEqualTo(range(1, sorted.size()));
    assertThat(sink.sequences()).isEqualTo(sorted);
    assertThat(feed.lastSequence()).isEqualTo(sorted.size());
  }
}
