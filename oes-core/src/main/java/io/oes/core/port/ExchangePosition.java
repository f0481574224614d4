package io.oes.core.port;

import java.math.BigDecimal;

/**
 * One position of the account as the exchange reports it (an entry of Binance's {@code GET
 * /fapi/v3/positionRisk}, one-way mode).
 *
 * @param size signed base quantity: positive long, negative short, zero flat
 * @param entryPrice average entry price; zero when flat
 * @param markPrice the exchange's mark price of the symbol
 * @param unrealizedPnl in the margin asset, at the mark price
 */
public record ExchangePosition(String symbol, BigDecimal size, BigDecimal entryPrice,
    BigDecimal markPrice, BigDecimal unrealizedPnl) {}
