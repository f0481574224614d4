package io.oes.core.risk;

import io.oes.core.order.Side;
import io.oes.core.refusal.Refusal;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code price_band}: the fat-finger check. A BUY priced above mark × (1 + band/100) or a SELL
 * priced below mark × (1 − band/100) is refused. Orders without a limit price pass (the
 * exchange fills them near the market). Without a mark price a priced order cannot be checked
 * and is refused, since the band is set.
 */
final class PriceBandPolicy implements RiskPolicy {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public Optional<Refusal> check(RiskCheck check) {
    BigDecimal band = check.limits().priceBandPercent();
    BigDecimal price = check.request().price();
    if (band == null || !RiskRefusals.isPrice(price)) {
      return Optional.empty();
    }
    BigDecimal mark = check.markPrice();
    if (!RiskRefusals.isPrice(mark)) {
      return RiskRefusals.refuse("price_band", "no mark price for " + check.symbol()
          + " to check price " + RiskRefusals.plain(price), check.userId());
    }
    BigDecimal allowedMove = mark.multiply(band).divide(HUNDRED);
    Side side = check.request().side();
    if (side == Side.BUY && price.compareTo(mark.add(allowedMove)) > 0) {
      return outside(check, price, "above", mark, band, mark.add(allowedMove));
    }
    if (side == Side.SELL && price.compareTo(mark.subtract(allowedMove)) < 0) {
      return outside(check, price, "below", mark, band, mark.subtract(allowedMove));
    }
    return Optional.empty();
  }

  private static Optional<Refusal> outside(RiskCheck check, BigDecimal price, String direction,
      BigDecimal mark, BigDecimal band, BigDecimal bound) {
    return RiskRefusals.refuse("price_band", check.request().side() + " price "
        + RiskRefusals.plain(price) + " is more than " + RiskRefusals.plain(band) + "% "
        + direction + " mark " + RiskRefusals.plain(mark) + " (bound "
        + RiskRefusals.plain(bound) + ")", check.userId());
  }
}
