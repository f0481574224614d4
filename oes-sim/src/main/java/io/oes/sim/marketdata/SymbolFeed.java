package io.oes.sim.marketdata;

import io.oes.sim.market.MarketSample;
import io.oes.sim.market.MinuteBars;
import io.oes.sim.market.PriceLevel;
import io.oes.sim.market.TradeTape.PublicTrade;
import io.oes.sim.matching.SymbolEngine;
import io.oes.sim.rules.SymbolRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The market data feed's view of one symbol: per tick one sample of the book, mark price and
 * statistics, the trades printed since the last tick, the diff depth chains per cadence and the
 * klines being built. Not thread-safe: owned by the feed's thread.
 */
final class SymbolFeed {
  /** Deep enough for the whole synthetic ladder plus the users' levels, as REST's maximum. */
  private static final int SAMPLE_LEVELS = 1000;

  private final SymbolEngine engine;
  private final Map<Integer, DepthChain> chains = new HashMap<>();
  private final Map<Integer, Optional<DepthDelta>> advancedThisTick = new HashMap<>();
  private final Map<KlineInterval, KlineBar> bars = new EnumMap<>(KlineInterval.class);
  private final List<KlineBar> closedThisTick = new ArrayList<>();
  private final List<AggregateTrade> pendingTrades = new ArrayList<>();
  private List<PublicTrade> newTrades = List.of();
  private MarketSample sample;
  private String lastTop = "";
  private boolean topChanged;
  private long lastAggregateId;

  SymbolFeed(SymbolEngine engine) {
    this.engine = engine;
  }

  SymbolRules rules() {
    return engine.rules();
  }

  /** Takes this tick's sample and trades, and moves the klines on. */
  void onTick(long nowMillis) {
    sample = engine.sample(SAMPLE_LEVELS);
    List<PublicTrade> trades = engine.tape().drain();
    newTrades = trades;
    trades.forEach(trade -> pendingTrades.add(new AggregateTrade(++lastAggregateId, trade)));
    advancedThisTick.clear();
    closedThisTick.clear();
    String top = top(sample.depth().bids()) + "|" + top(sample.depth().asks());
    topChanged = !top.equals(lastTop);
    lastTop = top;
    for (Map.Entry<KlineInterval, KlineBar> entry : bars.entrySet()) {
      KlineBar bar = entry.getValue();
      for (PublicTrade trade : trades) {
        if (!bar.coversTime(trade.timeMillis()) && trade.timeMillis() > bar.closeMillis) {
          closedThisTick.add(bar);
          bar = bar.next(trade.timeMillis());
        }
        bar.onTrade(trade);
      }
      if (!bar.coversTime(nowMillis)) {
        closedThisTick.add(bar);
        bar = bar.next(nowMillis);
      }
      bar.onPrice(sample.stats().lastPrice());
      entry.setValue(bar);
    }
  }

  /** The trades drained this tick, for the trade stream, which pushes them at once. */
  List<PublicTrade> newTrades() {
    return newTrades;
  }

  /** A trade numbered for the aggTrade stream ({@code a}). */
  record AggregateTrade(long aggregateId, PublicTrade trade) {}

  /** The trades printed since the last {@link #dropTrades()}, oldest first. */
  List<AggregateTrade> pendingTrades() {
    return pendingTrades;
  }

  /** Forgets the pending trades once every aggTrade subscriber has had them. */
  void dropTrades() {
    pendingTrades.clear();
  }

  /** While nobody listens: the tape is emptied so no stale trade is reported later. */
  void discardTrades() {
    engine.tape().drain();
  }

  MarketSample sample() {
    return sample;
  }

  boolean topChanged() {
    return topChanged;
  }

  /** The diff at this cadence, advanced at most once per tick however many streams ask. */
  Optional<DepthDelta> depthDelta(int periodMillis) {
    return advancedThisTick.computeIfAbsent(periodMillis, period ->
        chains.computeIfAbsent(period, unused -> new DepthChain()).advance(sample.depth()));
  }

  /** The ids of the latest diff at this cadence. */
  DepthDelta latestDelta(int periodMillis) {
    depthDelta(periodMillis);
    return chains.get(periodMillis).latest();
  }

  /**
   * The bar being built for {@code interval}; the first ask starts it from the engine's minute
   * candles of the interval so far.
   */
  KlineBar bar(KlineInterval interval, long nowMillis) {
    return bars.computeIfAbsent(interval, unused -> {
      List<MinuteBars.Bar> sofar = MinuteBars.aggregate(
          engine.minuteBars(interval.openOf(nowMillis), nowMillis), interval::openOf);
      return sofar.isEmpty() ? new KlineBar(interval, nowMillis, sample.stats().lastPrice())
          : new KlineBar(interval, sofar.getLast());
    });
  }

  /** Forgets the bars of intervals nobody streams any more; a new subscriber starts afresh. */
  void retainBars(Set<KlineInterval> streamed) {
    bars.keySet().retainAll(streamed);
  }

  List<KlineBar> barsClosedThisTick(KlineInterval interval) {
    return closedThisTick.stream().filter(bar -> bar.interval == interval).toList();
  }

  private static String top(List<PriceLevel> side) {
    return side.isEmpty() ? "" : side.getFirst().price() + "@" + side.getFirst().quantity();
  }
}
