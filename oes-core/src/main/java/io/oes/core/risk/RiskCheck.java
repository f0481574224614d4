package io.oes.core.risk;

import io.oes.core.order.OrderRequest;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Everything a {@link RiskPolicy} may look at for one new order.
 *
 * @param request the validated order request
 * @param limits the limits in force for the request's user
 * @param markPrice the symbol's mark (reference) price, or null when none is known
 * @param positions positions and counters before this order (read only)
 * @param now the decision's instant, for the UTC day
 */
public record RiskCheck(
    OrderRequest request,
    RiskLimits limits,
    BigDecimal markPrice,
    PositionBook positions,
    Instant now) {

  public String userId() {
    return request.userId();
  }

  public String symbol() {
    return request.symbol();
  }
}
