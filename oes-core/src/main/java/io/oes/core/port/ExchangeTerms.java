package io.oes.core.port;

import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import java.math.BigDecimal;

/**
 * An order's terms as the exchange holds them, in oes's words: enough to adopt an order oes
 * sent but never recorded, and to confirm an amend.
 *
 * @param price null for orders without a limit price
 * @param stopPrice null for orders without a trigger
 */
public record ExchangeTerms(
    Side side,
    OrderType type,
    TimeInForce timeInForce,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal stopPrice,
    boolean reduceOnly) {}
