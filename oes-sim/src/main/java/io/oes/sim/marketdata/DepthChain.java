package io.oes.sim.marketdata;

import io.oes.sim.market.DepthSnapshot;
import io.oes.sim.market.PriceLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The diff depth events of one symbol at one cadence: each sample of the whole book is compared
 * with the previous one, and the changed levels become one event whose {@code pu} is the previous
 * event's {@code u}. The update ids are the book's own, the ones {@code GET /fapi/v1/depth}
 * reports as {@code lastUpdateId}, so a client can join the stream to a snapshot as Binance
 * documents. It starts from an empty book, so its first event carries the whole book. Not
 * thread-safe: used by the market data feed's thread only.
 */
final class DepthChain {
  private NavigableMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Comparator.reverseOrder());
  private NavigableMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
  private long lastUpdateId;
  private DepthDelta latest = new DepthDelta(0, 0, 0, List.of(), List.of());

  /** Moves to {@code book}; the change since the previous sample, empty when there was none. */
  Optional<DepthDelta> advance(DepthSnapshot book) {
    if (book.lastUpdateId() == lastUpdateId) {
      return Optional.empty();
    }
    NavigableMap<BigDecimal, BigDecimal> newBids = toMap(book.bids(), bids.comparator());
    NavigableMap<BigDecimal, BigDecimal> newAsks = toMap(book.asks(), asks.comparator());
    latest = new DepthDelta(lastUpdateId, book.lastUpdateId(), lastUpdateId,
        changes(bids, newBids), changes(asks, newAsks));
    bids = newBids;
    asks = newAsks;
    lastUpdateId = book.lastUpdateId();
    return Optional.of(latest);
  }

  /** The ids of the latest event, for the partial depth streams sharing this cadence. */
  DepthDelta latest() {
    return latest;
  }

  private static NavigableMap<BigDecimal, BigDecimal> toMap(List<PriceLevel> levels,
      Comparator<? super BigDecimal> order) {
    NavigableMap<BigDecimal, BigDecimal> map = new TreeMap<>(order);
    levels.forEach(level -> map.put(level.price(), level.quantity()));
    return map;
  }

  private static List<PriceLevel> changes(NavigableMap<BigDecimal, BigDecimal> before,
      NavigableMap<BigDecimal, BigDecimal> after) {
    TreeMap<BigDecimal, BigDecimal> changed = new TreeMap<>(after.comparator());
    for (Map.Entry<BigDecimal, BigDecimal> level : after.entrySet()) {
      BigDecimal old = before.get(level.getKey());
      if (old == null || old.compareTo(level.getValue()) != 0) {
        changed.put(level.getKey(), level.getValue());
      }
    }
    before.keySet().stream().filter(price -> !after.containsKey(price))
        .forEach(price -> changed.put(price, BigDecimal.ZERO));
    List<PriceLevel> levels = new ArrayList<>();
    changed.forEach((price, quantity) -> levels.add(new PriceLevel(price, quantity)));
    return levels;
  }
}
