package io.oes.sim.account;

import io.oes.sim.order.Side;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One exchange account: its credentials, USDT wallet, positions (one per symbol, or a LONG and a
 * SHORT one in hedge mode), the notional of its open orders per position as the engines last
 * reported it, and its most recent trades (the oldest are dropped beyond a fixed number, so a
 * long benchmark cannot exhaust the heap).
 * Thread-safe; every method synchronizes on the account.
 */
public final class Account {
  /** Trades kept per account, newest last. */
  private static final int TRADE_RETENTION = 100_000;

  private final long id;
  private final Credentials credentials;
  private final Map<PositionKey, Position> positions = new HashMap<>();
  private final Map<PositionKey, OpenOrderNotional> openOrders = new HashMap<>();
  private final ArrayDeque<Trade> trades = new ArrayDeque<>();
  private final AccountSettings settings = new AccountSettings();
  private BigDecimal walletBalance;
  private long walletUpdateTimeMillis;

  /**
   * @param openedMillis when the wallet was funded, shown as the asset's first {@code updateTime}
   *     (clients such as ccxt skip assets whose update time is 0)
   */
  public Account(long id, Credentials credentials, BigDecimal walletBalance, long openedMillis) {
    this.id = id;
    this.credentials = credentials;
    this.walletBalance = walletBalance;
    this.walletUpdateTimeMillis = openedMillis;
  }

  public long id() {
    return id;
  }

  public Credentials credentials() {
    return credentials;
  }

  /**
   * Records a fill: moves the position, charges the fee, books realised PnL, and keeps the trade.
   *
   * @param fill the fill without its realised PnL, which the position decides
   * @return the trade as recorded, with realised PnL
   */
  public Trade onFill(Trade fill) {
    return book(fill).trade();
  }

  /**
   * Records a fill like {@link #onFill} and returns, taken atomically with it, the wallet balance
   * and the position afterwards: what an {@code ACCOUNT_UPDATE} reports.
   */
  public synchronized Booking book(Trade fill) {
    PositionKey key = new PositionKey(fill.symbol(), fill.positionSide());
    Position position = positions.computeIfAbsent(key, unused -> new Position());
    BigDecimal signedQty = fill.side() == Side.BUY ? fill.qty() : fill.qty().negate();
    BigDecimal realized = position.apply(signedQty, fill.price(), fill.timeMillis());
    walletBalance = walletBalance.add(realized).subtract(fill.commission());
    walletUpdateTimeMillis = fill.timeMillis();
    Trade recorded = new Trade(fill.symbol(), fill.id(), fill.orderId(), fill.clientOrderId(),
        fill.side(), fill.price(), fill.qty(), fill.quoteQty(), fill.commission(),
        fill.commissionAsset(), realized, fill.maker(), fill.timeMillis(), fill.positionSide());
    trades.addLast(recorded);
    if (trades.size() > TRADE_RETENTION) {
      trades.removeFirst();
    }
    return new Booking(recorded, walletBalance, position.snapshot(key));
  }

  /** A fill as booked, with the wallet balance and the position right after it. */
  public record Booking(Trade trade, BigDecimal walletBalance, PositionSnapshot position) {}

  public AccountSettings settings() {
    return settings;
  }

  public synchronized long walletUpdateTimeMillis() {
    return walletUpdateTimeMillis;
  }

  /** Every position the account has ever held, flat ones included. */
  public synchronized List<PositionSnapshot> positions() {
    return positions.entrySet().stream()
        .map(entry -> entry.getValue().snapshot(entry.getKey()))
        .toList();
  }

  /**
   * Records what the account's open orders on one position now ask for; an engine calls it after
   * every change of the account's orders on its symbol.
   */
  public synchronized void onOpenOrders(PositionKey key, OpenOrderNotional notional) {
    if (notional.isEmpty()) {
      openOrders.remove(key);
    } else {
      openOrders.put(key, notional);
    }
  }

  /** Every position held or with open orders, each with its open orders, all of one moment. */
  public synchronized List<Leg> openLegs() {
    Set<PositionKey> keys = new LinkedHashSet<>(openOrders.keySet());
    positions.forEach((key, position) -> {
      if (position.isOpen()) {
        keys.add(key);
      }
    });
    return keys.stream().map(this::leg).toList();
  }

  /** One position with its open orders; flat and without orders when never used. */
  public synchronized Leg leg(PositionKey key) {
    PositionSnapshot position = Optional.ofNullable(positions.get(key))
        .map(held -> held.snapshot(key))
        .orElseGet(() -> PositionSnapshot.flat(key.symbol(), key.positionSide()));
    return new Leg(position, openOrders.getOrDefault(key, OpenOrderNotional.NONE));
  }

  public synchronized BigDecimal walletBalance() {
    return walletBalance;
  }

  public synchronized Optional<PositionSnapshot> position(PositionKey key) {
    return Optional.ofNullable(positions.get(key)).map(p -> p.snapshot(key));
  }

  /** The account's trades of one symbol, oldest first. */
  public synchronized List<Trade> trades(String symbol) {
    return trades.stream().filter(trade -> trade.symbol().equals(symbol)).toList();
  }
}
