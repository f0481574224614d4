package io.oes.sim.margin;

import io.oes.sim.account.Account;
import io.oes.sim.account.AccountRegistry;
import io.oes.sim.account.Leg;
import io.oes.sim.account.PositionKey;
import io.oes.sim.order.NewOrder;
import io.oes.sim.order.Side;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import io.oes.sim.rules.LeverageBrackets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a new order fits the account's margin: the order is added to its position's open
 * orders (a LIMIT at its price, a MARKET at the mark price) and the account's initial margin
 * recomputed. Refused with -2027 when the position it could open passes the notional cap of the
 * symbol's leverage, with -2019 when the margin it adds exceeds the available balance. An order
 * that adds no margin (one that only reduces) always fits. Runs under the order's symbol lock
 * and reads the other symbols' marks from {@link MarkPrices}; orders on two symbols of one
 * account admitted at the same instant are each checked against the state before the other.
 */
public final class MarginCheck {
  private final AccountRegistry accounts;
  private final MarkPrices marks;

  public MarginCheck(AccountRegistry accounts, MarkPrices marks) {
    this.accounts = accounts;
    this.marks = marks;
  }

  /**
   * @param markPrice the order's symbol's mark price now
   * @param marginAsset the asset margin is held in
   */
  public Optional<Rejection> check(NewOrder order, BigDecimal markPrice, String marginAsset) {
    BigDecimal notional = order.price().orElse(markPrice).multiply(order.quantity());
    return checkAdded(order, notional, markPrice, marginAsset);
  }

  /**
   * The same check for {@code addedNotional} more (or, negative, less) open on the side and
   * position of {@code order}: a modify adds its new open notional less its old one.
   */
  public Optional<Rejection> checkAdded(NewOrder order, BigDecimal addedNotional,
      BigDecimal markPrice, String marginAsset) {
    Optional<Account> found = accounts.byId(order.accountId());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Account account = found.get();
    PositionKey key = new PositionKey(order.symbol(), order.positionSide());
    List<Leg> legs = new ArrayList<>(account.openLegs());
    int index = indexOf(legs, key);
    if (index < 0) {
      legs.add(account.leg(key));
      index = legs.size() - 1;
    }
    List<Exposure> before = exposures(account, legs, order.symbol(), markPrice, marginAsset);
    Leg current = legs.get(index);
    legs.set(index, new Leg(current.position(),
        current.openOrders().plus(order.side() == Side.BUY, addedNotional)));
    List<Exposure> after = exposures(account, legs, order.symbol(), markPrice, marginAsset);
    Exposure legBefore = before.get(index);
    Exposure legAfter = after.get(index);
    BigDecimal cap = LeverageBrackets.maxNotional(legAfter.leverage());
    if (legAfter.worstNotional().compareTo(cap) > 0
        && legAfter.worstNotional().compareTo(legBefore.worstNotional()) > 0) {
      return Optional.of(Rejections.maxLeverageRatioExceeded());
    }
    MarginTotals totalsBefore = MarginTotals.of(account.walletBalance(), before);
    BigDecimal added = MarginTotals.of(account.walletBalance(), after).initial()
        .subtract(totalsBefore.initial());
    return added.signum() > 0 && added.compareTo(totalsBefore.available()) > 0
        ? Optional.of(Rejections.marginInsufficient())
        : Optional.empty();
  }

  private List<Exposure> exposures(Account account, List<Leg> legs, String symbol,
      BigDecimal markPrice, String marginAsset) {
    return legs.stream().map(leg -> Exposure.of(account, leg, marginAsset,
        leg.symbol().equals(symbol) ? markPrice : marks.of(leg.symbol()))).toList();
  }

  private static int indexOf(List<Leg> legs, PositionKey key) {
    for (int i = 0; i < legs.size(); i++) {
      if (legs.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
