package io.oes.core.order;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One execution of an order on the exchange.
 *
 * @param fillId the exchange's trade id; fills are deduplicated by it
 * @param maker whether the order provided liquidity in this trade
 */
public record Fill(
    String fillId,
    String orderId,
    String symbol,
    Side side,
    BigDecimal price,
    BigDecimal quantity,
    BigDecimal fee,
    String feeAsset,
    boolean maker,
    Instant time) {}
