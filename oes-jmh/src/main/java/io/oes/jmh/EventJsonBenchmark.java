package io.oes.jmh;

import io.oes.core.feed.OrderEvent;
import io.oes.messaging.json.B25Json;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@link B25Json#event}: the b25 JSON of a SUBMITTED update, as published to NATS and Redis. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class EventJsonBenchmark {
  private final OrderEvent submitted = HotPathFixtures.submittedEvent();

  @Benchmark
  public byte[] submittedEvent() {
    return B25Json.event(submitted);
  }
}
