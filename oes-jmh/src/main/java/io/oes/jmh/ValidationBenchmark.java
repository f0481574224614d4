package io.oes.jmh;

import io.oes.core.order.OrderRequest;
import io.oes.core.refusal.Result;
import io.oes.core.symbol.SymbolRulesBook;
import io.oes.core.validation.OrderValidator;
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

/** {@link OrderValidator#validate}: an order that passes every rule, and one refused off tick. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ValidationBenchmark {
  private final OrderValidator validator = new OrderValidator();
  private final SymbolRulesBook book = HotPathFixtures.book();
  private final OrderRequest valid = HotPathFixtures.restingBuy(new BigDecimal("60000"));
  private final OrderRequest offTick = HotPathFixtures.restingBuy(new BigDecimal("60000.05"));

  @Benchmark
  public Result<OrderRequest> validOrder() {
    return validator.validate(valid, book);
  }

  @Benchmark
  public Result<OrderRequest> orderRefusedOffTick() {
    return validator.validate(offTick, book);
  }
}
