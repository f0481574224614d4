package io.oes.sim.rules;

import java.math.BigDecimal;

/**
 * The {@code exchangeInfo} entry of one perpetual symbol. Decimal fields keep the scale they are
 * listed with, so {@code toPlainString()} renders them as Binance does ("0.10", not "0.1").
 *
 * @param pricePrecision the maximum number of decimals accepted in a price (not the tick size)
 * @param quantityPrecision the maximum number of decimals accepted in a quantity
 * @param onboardDateMillis listing date, epoch milliseconds
 */
public record SymbolRules(
    String symbol,
    String baseAsset,
    String quoteAsset,
    int pricePrecision,
    int quantityPrecision,
    long onboardDateMillis,
    String triggerProtect,
    String liquidationFee,
    String marketTakeBound,
    PriceFilter priceFilter,
    LotSize lotSize,
    LotSize marketLotSize,
    int maxNumOrders,
    int maxNumAlgoOrders,
    BigDecimal minNotional,
    PercentPrice percentPrice) {

  /** Delivery date Binance lists for perpetual contracts. */
  public static final long PERPETUAL_DELIVERY_DATE_MILLIS = 4133404800000L;

  /** PRICE_FILTER: bounds and tick of a price; a zero field is not checked. */
  public record PriceFilter(BigDecimal minPrice, BigDecimal maxPrice, BigDecimal tickSize) {}

  /** LOT_SIZE and MARKET_LOT_SIZE: bounds and step of a quantity. */
  public record LotSize(BigDecimal minQty, BigDecimal maxQty, BigDecimal stepSize) {}

  /** PERCENT_PRICE: a limit price must lie within mark × [down, up]. */
  public record PercentPrice(BigDecimal multiplierUp, BigDecimal multiplierDown, int multiplierDecimal) {}

  public BigDecimal tickSize() {
    return priceFilter.tickSize();
  }

  public BigDecimal stepSize() {
    return lotSize.stepSize();
  }
}
