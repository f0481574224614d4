package io.oes.core.testing;

import io.oes.core.symbol.SymbolRules;
import java.math.BigDecimal;
import java.util.Set;

/** Symbol rules as Binance lists them, for tests that need realistic filters. */
public final class TestSymbols {
  private TestSymbols() {}

  /** BTCUSDT: tick 0.1, step 0.001, min qty 0.001, max 1000, market max 120, notional 100. */
  public static SymbolRules btcusdt() {
    return new SymbolRules("BTCUSDT", true, "BTC", "USDT", new BigDecimal("261.10"),
        new BigDecimal("809484"), new BigDecimal("0.10"), new BigDecimal("0.001"),
        new BigDecimal("1000"), new BigDecimal("0.001"), new BigDecimal("0.001"),
        new BigDecimal("120"), new BigDecimal("0.001"), new BigDecimal("100"),
        new BigDecimal("1.0500"), new BigDecimal("0.9500"), 200,
        Set.of("LIMIT", "MARKET", "STOP", "STOP_MARKET"));
  }
}
