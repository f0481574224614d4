package io.oes.sim.matching;

import io.oes.sim.market.MarketProfile;
import io.oes.sim.market.MarketSettings;
import io.oes.sim.market.MidPriceWalk;
import io.oes.sim.market.SyntheticLadder;
import io.oes.sim.rules.SymbolCatalog;
import io.oes.sim.rules.SymbolRules;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * All symbol engines of the simulator. Each engine draws its price path and its generated client
 * ids from its own generator derived from the seed and the symbol, so a symbol's behaviour does
 * not depend on what happens on the others. Thread-safe: the engine map is fixed at start.
 */
public final class Exchange {
  private static final long PRICE_PATH_STREAM = 1;
  private static final long CLIENT_ID_STREAM = 2;

  private final Map<String, SymbolEngine> engines;

  private Exchange(Map<String, SymbolEngine> engines) {
    this.engines = engines;
  }

  /** Opens one engine per listed symbol, each with its market profile. */
  public static Exchange open(SymbolCatalog catalog, Function<SymbolRules, MarketProfile> profiles,
      MarketSettings market, EngineContext context, long seed) {
    Map<String, SymbolEngine> engines = new LinkedHashMap<>();
    for (SymbolRules rules : catalog.all()) {
      MarketProfile profile = profiles.apply(rules);
      MidPriceWalk walk = new MidPriceWalk(random(seed, rules, PRICE_PATH_STREAM),
          profile.initialMid(), rules.tickSize(), market.volatilityPerStep());
      SyntheticLadder ladder = new SyntheticLadder(profile, rules.tickSize(), rules.stepSize(),
          market.depthLevels(), walk.midTicks());
      ClientOrderIds ids = new ClientOrderIds(random(seed, rules, CLIENT_ID_STREAM));
      Liquidity liquidity = new Liquidity(ladder, new RestingOrders());
      engines.put(rules.symbol(), new SymbolEngine(rules, walk, liquidity, context, ids));
    }
    return new Exchange(Map.copyOf(engines));
  }

  public Optional<SymbolEngine> engine(String symbol) {
    return Optional.ofNullable(engines.get(symbol));
  }

  public Collection<SymbolEngine> engines() {
    return engines.values();
  }

  /** Moves every symbol's market one step. */
  public void onMarketTick() {
    engines.values().forEach(SymbolEngine::onMarketTick);
  }

  /** A tick of a frozen market: prices stay, only time-driven expiry runs. */
  public void onFrozenTick() {
    engines.values().forEach(SymbolEngine::onFrozenTick);
  }

  private static SplittableRandom random(long seed, SymbolRules rules, long stream) {
    long symbolHash = rules.symbol().hashCode();
    return new SplittableRandom(seed * 1_000_003L + symbolHash * 31 + stream);
  }
}
