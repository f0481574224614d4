package io.oes.core.port;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One trade of an order as the exchange reports it (the {@code t, L, l, n, N, m} of a Binance
 * ORDER_TRADE_UPDATE).
 *
 * @param tradeId the exchange's trade id; a fill is applied once per trade id
 * @param fee zero when the exchange charged none
 * @param feeAsset null when the exchange charged none
 */
public record TradeFill(
    String tradeId,
    BigDecimal price,
    BigDecimal quantity,
    BigDecimal fee,
    String feeAsset,
    boolean maker,
    Instant time) {}
