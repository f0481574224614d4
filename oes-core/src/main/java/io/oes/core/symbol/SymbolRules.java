package io.oes.core.symbol;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The trading rules of one symbol. A zero bound means "not checked", as on Binance.
 *
 * @param tickSize prices must be {@code minPrice + k * tickSize}
 * @param stepSize LIMIT quantities must be {@code minQty + k * stepSize}
 * @param marketStepSize, marketMinQty, marketMaxQty the same for MARKET orders
 * @param minNotional price × quantity must reach it (reduce-only orders are exempt)
 * @param percentPriceUp a BUY may not be priced above mark × this (zero: unchecked)
 * @param percentPriceDown a SELL may not be priced below mark × this (zero: unchecked)
 * @param maxOpenOrders open orders the exchange allows on the symbol
 */
public record SymbolRules(
    String symbol,
    boolean trading,
    String baseAsset,
    String quoteAsset,
    BigDecimal minPrice,
    BigDecimal maxPrice,
    BigDecimal tickSize,
    BigDecimal minQty,
    BigDecimal maxQty,
    BigDecimal stepSize,
    BigDecimal marketMinQty,
    BigDecimal marketMaxQty,
    BigDecimal marketStepSize,
    BigDecimal minNotional,
    BigDecimal percentPriceUp,
    BigDecimal percentPriceDown,
    int maxOpenOrders,
    Set<String> orderTypes) {}
