package io.oes.sim.account;

import java.math.BigDecimal;

/**
 * A position at one moment.
 *
 * @param positionAmt signed: positive long, negative short, in base asset
 * @param entryPrice average entry price, zero when flat
 */
public record PositionSnapshot(String symbol, BigDecimal positionAmt, BigDecimal entryPrice,
    long updateTimeMillis) {}
