package io.oes.sim.matching;

import io.oes.sim.account.AccountRegistry;
import io.oes.sim.account.PositionKey;
import io.oes.sim.account.PositionSnapshot;
import io.oes.sim.order.PositionSide;
import io.oes.sim.order.Side;
import java.math.BigDecimal;

/**
 * How much of an order may fill now: all of it, or for a reduce-only order (or one closing a
 * hedge-mode side) no more than the position it reduces, so it can never open or grow a
 * position. Reads the account's position,
 * which the engine may do while it holds its symbol lock (lock order symbol, then account).
 */
final class ReduceOnlyGuard {
  private final AccountRegistry accounts;
  private final String symbol;

  ReduceOnlyGuard(AccountRegistry accounts, String symbol) {
    this.accounts = accounts;
    this.symbol = symbol;
  }

  /**
   * The position an order of {@code side} on {@code positionSide} could reduce: its size if the
   * order trades against it, else zero.
   */
  BigDecimal reducible(long accountId, Side side, PositionSide positionSide) {
    BigDecimal amount = accounts.byId(accountId)
        .flatMap(account -> account.position(new PositionKey(symbol, positionSide)))
        .map(PositionSnapshot::positionAmt)
        .orElse(BigDecimal.ZERO);
    boolean opposite = amount.signum() == -side.sign();
    return opposite ? amount.abs() : BigDecimal.ZERO;
  }

  BigDecimal fillable(Order order) {
    BigDecimal remaining = order.remainingQty();
    return order.reducesOnly()
        ? remaining.min(reducible(order.accountId(), order.side(), order.positionSide()))
        : remaining;
  }
}
