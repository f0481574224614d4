package io.oes.sim.marketdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.sim.market.PriceLevel;
import io.oes.sim.matching.Exchange;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the market streams from the simulated market. Runs on its own thread, one tick every
 * {@link #TICK_MILLIS}: it samples each symbol's engine (a short read under the symbol's lock),
 * drains the trades the engine printed, and publishes every subscribed stream whose period is
 * due. The matching engine never waits for it and never renders a market event. Not
 * thread-safe: {@link #onTick()} is called by one scheduler thread.
 */
public final class MarketFeed {
  /** The base cadence: every stream period (100 ms to 3 s) is a multiple of it. */
  public static final long TICK_MILLIS = 50;

  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<String, SymbolFeed> feeds = new LinkedHashMap<>();
  private final MarketStreamSink sink;
  private final InstantSource clock;
  private Map<String, Optional<StreamName>> parsedNames = new HashMap<>();
  private long tick;

  public MarketFeed(Exchange exchange, MarketStreamSink sink, InstantSource clock) {
    exchange.engines().forEach(engine -> feeds.put(engine.rules().symbol(),
        new SymbolFeed(engine)));
    this.sink = sink;
    this.clock = clock;
  }

  /** One tick: sample the symbols someone listens to, then publish what is due. */
  public void onTick() {
    tick++;
    List<StreamName> streams = parsed(sink.subscribedStreams());
    boolean allMarket = streams.stream().anyMatch(stream -> stream.symbol().isEmpty());
    Set<String> symbols = new HashSet<>();
    streams.forEach(stream -> stream.symbol().ifPresent(symbols::add));
    long now = clock.millis();
    feeds.forEach((symbol, feed) -> {
      if (allMarket || symbols.contains(symbol)) {
        feed.onTick(now);
      } else {
        feed.discardTrades();
      }
    });
    feeds.forEach((symbol, feed) -> feed.retainBars(streams.stream()
        .filter(stream -> (stream.kind() == StreamName.Kind.KLINE
            || stream.kind() == StreamName.Kind.CONTINUOUS_KLINE)
            && stream.symbol().get().equals(symbol))
        .map(StreamName::interval).collect(Collectors.toSet())));
    streams.forEach(stream -> publishIfDue(stream, now));
    if (due(100)) {
      feeds.values().forEach(SymbolFeed::dropTrades);
    }
  }

  /**
   * The subscribed names this simulator serves, parsed once per name: the parse of the previous
   * tick is kept for names still subscribed.
   */
  private List<StreamName> parsed(Set<String> names) {
    Map<String, Optional<StreamName>> current = new HashMap<>();
    names.forEach(name -> current.put(name, parsedNames.containsKey(name)
        ? parsedNames.get(name) : StreamName.parse(name)));
    parsedNames = current;
    List<StreamName> streams = new ArrayList<>();
    current.values().forEach(stream -> stream.ifPresent(streams::add));
    return streams;
  }

  private void publishIfDue(StreamName stream, long now) {
    if (stream.symbol().isEmpty()) {
      if (due(stream.periodMillis())) {
        publishAllMarket(stream, now);
      }
      return;
    }
    SymbolFeed feed = feeds.get(stream.symbol().get());
    if (feed == null) {
      return;
    }
    if (stream.kind() == StreamName.Kind.KLINE) {
      feed.barsClosedThisTick(stream.interval()).forEach(bar ->
          publish(stream, MarketEvents.kline(feed.rules(), bar, true, now)));
    } else if (stream.kind() == StreamName.Kind.CONTINUOUS_KLINE) {
      feed.barsClosedThisTick(stream.interval()).forEach(bar ->
          publish(stream, MarketEvents.continuousKline(feed.rules(), bar, true, now)));
    }
    if (due(stream.periodMillis())) {
      symbolEvents(stream, feed, now).forEach(event -> publish(stream, event));
    }
  }

  private List<Map<String, Object>> symbolEvents(StreamName stream, SymbolFeed feed, long now) {
    var rules = feed.rules();
    var sample = feed.sample();
    return switch (stream.kind()) {
      case AGG_TRADE -> aggTrades(feed, now);
      case TRADE -> feed.newTrades().stream()
          .map(trade -> MarketEvents.trade(rules, trade, now)).toList();
      case MARK_PRICE -> List.of(MarketEvents.markPrice(rules, sample, now));
      case BOOK_TICKER -> feed.topChanged()
          ? List.of(MarketEvents.bookTicker(rules, sample, now)) : List.of();
      case DIFF_DEPTH -> feed.depthDelta(stream.periodMillis())
          .map(delta -> List.of(MarketEvents.depthUpdate(rules, delta, delta.bids(),
              delta.asks(), now))).orElse(List.of());
      case PARTIAL_DEPTH -> List.of(partialDepth(stream, feed, now));
      case KLINE -> List.of(MarketEvents.kline(rules, feed.bar(stream.interval(), now), false,
          now));
      case CONTINUOUS_KLINE -> List.of(MarketEvents.continuousKline(rules,
          feed.bar(stream.interval(), now), false, now));
      case TICKER -> List.of(MarketEvents.ticker(rules, sample.stats(), now));
      case MINI_TICKER -> List.of(MarketEvents.miniTicker(rules, sample.stats(), now));
      default -> List.of();
    };
  }

  private List<Map<String, Object>> aggTrades(SymbolFeed feed, long now) {
    List<Map<String, Object>> events = new ArrayList<>();
    // Every aggTrade subscriber sees the same pending trades; onTick drops them afterwards.
    for (SymbolFeed.AggregateTrade pending : feed.pendingTrades()) {
      events.add(MarketEvents.aggTrade(feed.rules(), pending.aggregateId(), pending.trade(),
          now));
    }
    return events;
  }

  private Map<String, Object> partialDepth(StreamName stream, SymbolFeed feed, long now) {
    DepthDelta ids = feed.latestDelta(stream.periodMillis());
    var depth = feed.sample().depth();
    DepthDelta current = new DepthDelta(ids.firstUpdateId(), depth.lastUpdateId(),
        ids.previousUpdateId(), List.of(), List.of());
    List<PriceLevel> bids = depth.bids().subList(0, Math.min(stream.levels(),
        depth.bids().size()));
    List<PriceLevel> asks = depth.asks().subList(0, Math.min(stream.levels(),
        depth.asks().size()));
    return MarketEvents.depthUpdate(feed.rules(), current, bids, asks, now);
  }

  private void publishAllMarket(StreamName stream, long now) {
    switch (stream.kind()) {
      case ALL_BOOK_TICKER -> feeds.values().stream().filter(SymbolFeed::topChanged)
          .forEach(feed -> publish(stream,
              MarketEvents.bookTicker(feed.rules(), feed.sample(), now)));
      case ALL_MARK_PRICE -> publish(stream, feeds.values().stream()
          .map(feed -> MarketEvents.markPrice(feed.rules(), feed.sample(), now)).toList());
      case ALL_TICKER -> publish(stream, feeds.values().stream()
          .map(feed -> MarketEvents.ticker(feed.rules(), feed.sample().stats(), now)).toList());
      case ALL_MINI_TICKER -> publish(stream, feeds.values().stream()
          .map(feed -> MarketEvents.miniTicker(feed.rules(), feed.sample().stats(), now))
          .toList());
      default -> { }
    }
  }

  private boolean due(int periodMillis) {
    return periodMillis <= TICK_MILLIS || tick % (periodMillis / TICK_MILLIS) == 0;
  }

  private void publish(StreamName stream, Object event) {
    try {
      sink.publish(stream.name(), mapper.writeValueAsString(event));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Market event of " + stream.name() + " not rendered", e);
    }
  }
}
