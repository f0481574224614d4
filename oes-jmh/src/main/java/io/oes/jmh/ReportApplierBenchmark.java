package io.oes.jmh;

import io.oes.core.lifecycle.ReportApplier;
import io.oes.core.lifecycle.Transition;
import io.oes.core.order.Order;
import io.oes.core.port.ExecutionReport;
import java.util.Optional;
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

/**
 * {@link ReportApplier#apply}: the acknowledgement of a new order (NEW → SUBMITTED, the state
 * change every order makes), and the same report again (a duplicate, which changes nothing).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ReportApplierBenchmark {
  private final Order fresh = HotPathFixtures.newOrder();
  private final ExecutionReport ack = HotPathFixtures.acknowledgement();
  private final Order acknowledged = ReportApplier.apply(fresh, ack, HotPathFixtures.NOW)
      .orElseThrow().order();

  @Benchmark
  public Optional<Transition> acknowledgement() {
    return ReportApplier.apply(fresh, ack, HotPathFixtures.NOW);
  }

  @Benchmark
  public Optional<Transition> duplicateReport() {
    return ReportApplier.apply(acknowledged, ack, HotPathFixtures.NOW);
  }
}
