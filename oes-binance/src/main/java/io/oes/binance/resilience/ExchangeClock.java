package io.oes.binance.resilience;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The exchange's clock as oes knows it: the local clock plus the measured server-time offset.
 * Rate-limit windows roll over on this clock, as the exchange's do. Thread-safe when the offset
 * supplier is (e.g. {@code BinanceExchange::serverTimeOffsetMs}).
 */
public record ExchangeClock(InstantSource local, LongSupplier offsetMs) implements InstantSource {

  public ExchangeClock {
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(offsetMs, "offsetMs");
  }

  /** A clock with no offset, for exchanges (and tests) that share the local time. */
  public static ExchangeClock sameAs(InstantSource local) {
    return new ExchangeClock(local, () -> 0);
  }

  @Override
  public Instant instant() {
    return local.instant().plusMillis(offsetMs.getAsLong());
  }

  /** A local instant translated to the exchange's clock. */
  public Instant toExchangeTime(Instant localInstant) {
    return localInstant.plusMillis(offsetMs.getAsLong());
  }
}
