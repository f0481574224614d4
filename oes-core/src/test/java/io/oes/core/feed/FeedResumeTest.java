package io.oes.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.testing.MemoryStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FeedResumeTest {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private final MemoryStore store = new MemoryStore();

  /** A subscriber with all the room it wants that records what it is handed. */
  private static final class Recorder implements FeedResume.Target {
    final List<Long> sequences = new ArrayList<>();
    final CountDownLatch reached;
    final long awaited;
    volatile boolean gone;

    Recorder(long awaited) {
      this.awaited = awaited;
      this.reached = new CountDownLatch(1);
    }

    @Override
    public synchronized void onEvent(OrderEvent event) {
      sequences.add(event.sequence());
      if (event.sequence() == awaited) {
        reached.countDown();
      }
    }

    @Override
    public boolean onReplay(OrderEvent event) {
      onEvent(event);
      return true;
    }

    @Override
    public int room() {
      return Integer.MAX_VALUE;
    }

    @Override
    public boolean isGone() {
      return gone;
    }

    synchronized List<Long> sequences() {
      return List.copyOf(sequences);
    }
  }

  private OrderFeed feed(int kept) {
    return new OrderFeed(List.of(store::append), kept, 0);
  }

  private FeedResume resumeOf(OrderFeed feed) {
    return new FeedResume(feed, store, 4, Duration.ofMillis(1));
  }

  /** Emits {@code count} events and returns once the store and the subscribers have them. */
  private static void emit(OrderFeed feed, int count) {
    OrderRequest request = new OrderRequest("u1", "c1", "BTCUSDT", Side.BUY, OrderType.LIMIT,
        TimeInForce.GTC, BigDecimal.ONE, new BigDecimal("40000"), null, false, false);
    Order order = Order.accepted("O1", "main", request, "oes-", T0);
    long last = 0;
    for (int i = 0; i < count; i++) {
      last = feed.emit(new OrderEvent(0, order, UpdateType.CREATED, null, T0)).sequence();
    }
    try {
      assertThat(feed.awaitDelivered(last, Duration.ofSeconds(10))).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<Long> range(long first, long last) {
    return LongStream.rangeClosed(first, last).boxed().toList();
  }

  @Test
  void replaysFromTheJournalBeyondMemoryThenFollowsLiveEvents() throws Exception {
    OrderFeed feed = feed(3);
    emit(feed, 20);
    Recorder recorder = new Recorder(0);

    assertThat(resumeOf(feed).resume(recorder, 2)).isTrue();
    emit(feed, 2);

    assertThat(recorder.sequences()).isEqualTo(range(3, 22));
  }

  @Test
  void waitsForAnEventNeitherCommittedNorInMemoryRatherThanSkipIt() throws Exception {
    OrderFeed feed = feed(2);
    emit(feed, 5);
    store.holdCommits();
    emit(feed, 5);
    Recorder recorder = new Recorder(5);

    CompletableFuture<Boolean> resumed = CompletableFuture.supplyAsync(() -> {
      try {
        return resumeOf(feed).resume(recorder, 3);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(recorder.reached.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(resumed).isNotDone();
    store.commitAll();

    assertThat(resumed.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(recorder.sequences()).isEqualTo(range(4, 10));
  }

  @Test
  void aSubscriberThatGoesAwayWhileAnEventAwaitsItsCommitIsNeverSubscribed() throws Exception {
    OrderFeed feed = feed(1);
    emit(feed, 2);
    store.holdCommits();
    emit(feed, 3);
    Recorder recorder = new Recorder(2);

    CompletableFuture<Boolean> resumed = CompletableFuture.supplyAsync(() -> {
      try {
        return resumeOf(feed).resume(recorder, 0);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(recorder.reached.await(10, TimeUnit.SECONDS)).isTrue();
    recorder.gone = true;

    assertThat(resumed.get(10, TimeUnit.SECONDS)).isFalse();
    assertThat(feed.subscriberCount()).isZero();
  }

  @Test
  void refusesToResumeAcrossAPrunedJournalNamingTheOldestHeld() {
    OrderFeed feed = feed(2);
    emit(feed, 10);
    store.prune(6);
    FeedResume resume = resumeOf(feed);

    assertThat(resume.oldestAvailable()).isEqualTo(6);
    assertThatThrownBy(() -> resume.resume(new Recorder(0), 2))
        .isInstanceOfSatisfying(JournalGapException.class,
            gap -> assertThat(gap.oldestSequence()).isEqualTo(6))
        .hasMessageContaining("oldest update held (sequence 6)");
  }

  @Test
  void aResumeRacingLiveEventsMissesAndRepeatsNothing() throws Exception {
    OrderFeed feed = feed(50);
    emit(feed, 100);
    Thread emitter = Thread.ofPlatform().start(() -> emit(feed, 5_000));
    Recorder recorder = new Recorder(0);

    assertThat(resumeOf(feed).resume(recorder, 1)).isTrue();
    emitter.join();

    assertThat(recorder.sequences()).isEqualTo(range(2, 5_100));
  }
}
