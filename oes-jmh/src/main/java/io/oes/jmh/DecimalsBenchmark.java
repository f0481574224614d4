package io.oes.jmh;

import io.oes.core.order.Decimals;
import java.math.BigDecimal;
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

/** {@link Decimals}: a wire price and quantity to exact decimals, and a decimal to the wire text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class DecimalsBenchmark {
  // Fields, not constants, so the JIT cannot fold the conversions away.
  private double wirePrice = 95012.3;
  private double wireQuantity = 0.002;
  private BigDecimal price = new BigDecimal("95012.30");

  @Benchmark
  public BigDecimal priceFromWire() {
    return Decimals.fromWire(wirePrice);
  }

  @Benchmark
  public BigDecimal quantityFromWire() {
    return Decimals.fromWire(wireQuantity);
  }

  @Benchmark
  public String plainPrice() {
    return Decimals.plain(price);
  }
}
