package io.oes.core.risk;

import io.oes.core.order.Side;
import io.oes.core.refusal.Refusal;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code max_position_size}: the absolute net position on the symbol if this order and every
 * open order on the same side filled. An order that only shrinks the position (same sign, not
 * larger) always passes, so a position above a lowered limit can still be reduced.
 */
final class MaxPositionPolicy implements RiskPolicy {

  @Override
  public Optional<Refusal> check(RiskCheck check) {
    BigDecimal max = check.limits().maxPositionSizeFor(check.symbol());
    if (max == null) {
      return Optional.empty();
    }
    Side side = check.request().side();
    PositionBook book = check.positions();
    BigDecimal position = book.position(check.userId(), check.symbol());
    BigDecimal open = book.openQuantity(check.userId(), check.symbol(), side);
    BigDecimal added = open.add(check.request().quantity());
    BigDecimal projected = side == Side.BUY ? position.add(added) : position.subtract(added);
    if (projected.abs().compareTo(max) <= 0 || onlyReduces(position, projected)) {
      return Optional.empty();
    }
    return RiskRefusals.refuse("max_position_size", check.symbol() + " position "
        + RiskRefusals.plain(projected.abs()) + " (now " + RiskRefusals.plain(position)
        + ", open " + side + " " + RiskRefusals.plain(open) + ", this order "
        + RiskRefusals.plain(check.request().quantity()) + ") exceeds "
        + RiskRefusals.plain(max), check.userId());
  }

  private static boolean onlyReduces(BigDecimal position, BigDecimal projected) {
    return projected.signum() * position.signum() >= 0
        && projected.abs().compareTo(position.abs()) <= 0;
  }
}
