package io.oes.cli.crash;

import io.oes.api.OrderSide;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What the strategies send in each round: resting LIMIT buys far below the market and MARKET
 * orders that fill, on two symbols and two users, plus amends and cancels of orders that rest
 * since an earlier round; every call starts at a random instant in the round's first
 * {@link #SPREAD_MS}. Keeps every intent, and which ones the client believes still rest.
 */
final class Workload {
  static final List<String> SYMBOLS = List.of("BTCUSDT", "ETHUSDT");
  private static final List<String> USERS = List.of("crash-a", "crash-b");
  private static final Set<String> OPEN_STATES = Set.of("NEW", "SUBMITTED", "PARTIALLY_FILLED",
      "UNKNOWN");
  private static final int RESTING_PER_ROUND = 8;
  private static final int FILLS_PER_ROUND = 3;
  private static final int AMENDS_PER_ROUND = 2;
  private static final int CANCELS_PER_ROUND = 3;
  private static final long SPREAD_MS = 200;

  private final Random random;
  private final List<Intent> intents = new ArrayList<>();
  private final List<Intent> resting = new ArrayList<>();
  private final List<Operation> operations = new ArrayList<>();

  Workload(Random random) {
    this.random = random;
  }

  /** The calls of round {@code round}, in no particular order. */
  List<Operation> round(int round) {
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < RESTING_PER_ROUND + FILLS_PER_ROUND; i++) {
      String symbol = SYMBOLS.get(random.nextInt(SYMBOLS.size()));
      String user = USERS.get(i % USERS.size());
      String clientOrderId = "crash-r" + round + "-" + i;
      boolean fills = i >= RESTING_PER_ROUND;
      Intent intent = fills
          ? Intent.market(user, clientOrderId, symbol, random.nextBoolean() ? OrderSide.BUY
              : OrderSide.SELL, quantity(symbol))
          : Intent.resting(user, clientOrderId, symbol, quantity(symbol), farBelow(symbol));
      intents.add(intent);
      ops.add(new Operation(fills ? Operation.Kind.FILL : Operation.Kind.CREATE, intent, null,
          delay()));
    }
    List<Intent> candidates = restingNow();
    Collections.shuffle(candidates, random);
    int amends = Math.min(AMENDS_PER_ROUND, candidates.size());
    for (Intent intent : candidates.subList(0, amends)) {
      ops.add(new Operation(Operation.Kind.AMEND, intent, farBelow(intent.symbol), delay()));
    }
    int cancels = Math.min(CANCELS_PER_ROUND, candidates.size() - amends);
    for (Intent intent : candidates.subList(amends, amends + cancels)) {
      ops.add(new Operation(Operation.Kind.CANCEL, intent, null, delay()));
      synchronized (resting) {
        resting.remove(intent);
      }
    }
    operations.addAll(ops);
    return ops;
  }

  /** Called once {@code op} is answered: a resting order acknowledged open may be touched. */
  void onAnswered(Operation op) {
    Answer<?> answer = op.answer();
    if (op.kind == Operation.Kind.CREATE && answer.succeeded()
        && OPEN_STATES.contains(op.intent.answer().value().getState().name())) {
      synchronized (resting) {
        resting.add(op.intent);
      }
    }
  }

  List<Intent> intents() {
    return List.copyOf(intents);
  }

  List<Operation> operations() {
    return List.copyOf(operations);
  }

  private List<Intent> restingNow() {
    synchronized (resting) {
      return new ArrayList<>(resting);
    }
  }

  private long delay() {
    return random.nextLong(SPREAD_MS);
  }

  /** The smallest round size above the minimum notional (100 USDT BTC, 20 USDT ETH). */
  private static BigDecimal quantity(String symbol) {
    return new BigDecimal(symbol.equals("BTCUSDT") ? "0.002" : "0.050");
  }

  /** A buy price about a third below the simulator's market, on the tick grid. */
  private BigDecimal farBelow(String symbol) {
    return symbol.equals("BTCUSDT")
        ? new BigDecimal("60000.0").add(new BigDecimal("0.1").multiply(ticks()))
        : new BigDecimal("2300.00").add(new BigDecimal("0.01").multiply(ticks()));
  }

  private BigDecimal ticks() {
    return BigDecimal.valueOf(random.nextInt(10_000));
  }
}
