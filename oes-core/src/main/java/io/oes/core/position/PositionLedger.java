package io.oes.core.position;

import io.oes.core.feed.FeedListener;
import io.oes.core.feed.OrderEvent;
import io.oes.core.order.Fill;
import io.oes.core.order.Side;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Every position oes's fills have built, per account, user and symbol (see {@link Position}
 * for the rule). Built at start from the stored fills, then kept up to date as a sink of the
 * order feed: each event that carries a fill moves its position once.
 *
 * <p>Thread-safe: the feed applies fills under its own ordering; readers on any thread see
 * each position whole, as of some fill.
 */
public final class PositionLedger implements FeedListener {
  private static final Comparator<Position> BY_KEY = Comparator
      .comparing((Position p) -> p.key().accountId())
      .thenComparing(p -> p.key().symbol())
      .thenComparing(p -> p.key().userId());

  private final Map<PositionKey, Position> positions = new ConcurrentHashMap<>();

  /** Moves the position of {@code accountId}, {@code userId} by one fill. */
  public void apply(String accountId, String userId, Fill fill) {
    Objects.requireNonNull(fill, "fill");
    PositionKey key = new PositionKey(accountId, userId, fill.symbol());
    BigDecimal signed = fill.side() == Side.BUY ? fill.quantity() : fill.quantity().negate();
    positions.compute(key, (k, now) -> (now == null ? Position.flat(k) : now)
        .after(signed, fill.price(), fill.fee()));
  }

  /** Feed sink: applies the event's fill, if it carries one. */
  @Override
  public void onEvent(OrderEvent event) {
    if (event.fill() != null) {
      apply(event.order().accountId(), event.order().userId(), event.fill());
    }
  }

  /** The positions that match {@code filter}, by account, symbol and user. */
  public List<Position> positions(Predicate<PositionKey> filter) {
    return positions.values().stream().filter(p -> filter.test(p.key())).sorted(BY_KEY)
        .toList();
  }

  /**
   * The net size per symbol of {@code accountId}, every user's added up: what the exchange
   * should report as the account's position.
   */
  public Map<String, BigDecimal> netSizes(String accountId) {
    Map<String, BigDecimal> sizes = new TreeMap<>();
    for (Position p : positions.values()) {
      if (p.key().accountId().equals(accountId)) {
        sizes.merge(p.key().symbol(), p.size(), BigDecimal::add);
      }
    }
    return sizes;
  }
}
