package io.oes.sim.market;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * How synthetic liquidity looks for one symbol.
 *
 * @param initialMid the mid price at start, on the tick grid
 * @param levelQuantity the quantity of the best level; deeper levels hold more
 * @param levelSpacingTicks distance between two adjacent levels of one side, in ticks
 */
public record MarketProfile(String symbol, BigDecimal initialMid, BigDecimal levelQuantity,
    int levelSpacingTicks) {

  private static final Map<String, MarketProfile> DEFAULTS = Map.of(
      "BTCUSDT", new MarketProfile("BTCUSDT", new BigDecimal("95000.00"), new BigDecimal("0.5"), 1),
      "ETHUSDT", new MarketProfile("ETHUSDT", new BigDecimal("3500.00"), new BigDecimal("10"), 1),
      "BNBUSDT", new MarketProfile("BNBUSDT", new BigDecimal("650.000"), new BigDecimal("50"), 1),
      "SOLUSDT", new MarketProfile("SOLUSDT", new BigDecimal("180.0000"), new BigDecimal("200"), 1));

  /** The default profile of one of the default symbols. */
  public static Optional<MarketProfile> defaultFor(String symbol) {
    return Optional.ofNullable(DEFAULTS.get(symbol));
  }
}
