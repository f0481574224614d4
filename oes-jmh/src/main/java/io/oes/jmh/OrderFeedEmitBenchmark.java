package io.oes.jmh;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.OrderFeed;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events numbered per second by the order feed with two account writers emitting at once and
 * one sink that does nothing: the cost of the hand-off itself (the claim, the ring, the
 * delivery thread). Sustained, not burst: once the ring is full each emit waits for the
 * delivery thread, so the figure is the slower of the producers and the delivery.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@Threads(2)
public class OrderFeedEmitBenchmark {
  /** The gateway's default replay window: the delivery thread keeps as much as in service. */
  private static final int RECENT_EVENTS = 100_000;

  private final OrderEvent event = HotPathFixtures.submittedEvent();
  private OrderFeed feed;

  @Setup(Level.Trial)
  public void open() {
    feed = new OrderFeed(List.of(ignored -> {}), RECENT_EVENTS, 0);
  }

  @Benchmark
  public OrderEvent emit() {
    return feed.emit(event);
  }

  @TearDown(Level.Trial)
  public void close() {
    feed.close();
  }
}
