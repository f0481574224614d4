package io.oes.core.port;

import io.oes.core.order.OrderState;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The exchange's view of one order, translated by the adapter into oes's words.
 *
 * @param exchangeClientId the client order id the exchange holds (oes's prefixed id)
 * @param state the exchange status in oes's states (an open, unfilled order is SUBMITTED)
 * @param executedQuantity cumulative filled quantity
 * @param averagePrice volume-weighted fill price, zero before any fill
 * @param reason why the exchange expired or rejected it, or null
 * @param lastFill the trade this report announces, or null (REST answers carry none)
 * @param terms the order's terms at the exchange, or null when the answer does not carry them
 */
public record ExecutionReport(
    String exchangeOrderId,
    String exchangeClientId,
    String symbol,
    OrderState state,
    BigDecimal executedQuantity,
    BigDecimal averagePrice,
    String reason,
    Instant updateTime,
    TradeFill lastFill,
    ExchangeTerms terms) {

  /** A report without a trade and without the order's terms (most REST answers). */
  public ExecutionReport(String exchangeOrderId, String exchangeClientId, String symbol,
      OrderState state, BigDecimal executedQuantity, BigDecimal averagePrice, String reason,
      Instant updateTime) {
    this(exchangeOrderId, exchangeClientId, symbol, state, executedQuantity, averagePrice, reason,
        updateTime, null, null);
  }
}
