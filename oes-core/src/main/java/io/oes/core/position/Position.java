package io.oes.core.position;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A one-way position built from fills by the exchange's rule: fills that open or add move the
 * entry price to the quantity-weighted average of the opening fills; fills that reduce realise
 * (fill price - entry price) x closed quantity x direction and leave the entry price; a fill
 * that crosses zero closes the whole position and opens the rest at its own price.
 *
 * @param size signed base quantity: positive long, negative short, zero flat
 * @param entryPrice average entry price; zero when flat
 * @param realizedPnl in the quote (margin) asset, fees not deducted
 * @param fees every fee charged on the fills, whatever its asset, summed
 */
public record Position(PositionKey key, BigDecimal size, BigDecimal entryPrice,
    BigDecimal realizedPnl, BigDecimal fees) {
  /** The precision of the average entry price, as the exchange keeps it. */
  static final MathContext ENTRY_PRICE_CONTEXT = MathContext.DECIMAL64;

  /** A flat position with nothing realised. */
  public static Position flat(PositionKey key) {
    return new Position(key, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
  }

  /** This position after a fill of {@code signedQuantity} (BUY positive) at {@code price}. */
  public Position after(BigDecimal signedQuantity, BigDecimal price, BigDecimal fee) {
    BigDecimal newFees = fees.add(fee);
    if (signedQuantity.signum() == 0) {
      return new Position(key, size, entryPrice, realizedPnl, newFees);
    }
    if (size.signum() == 0 || size.signum() == signedQuantity.signum()) {
      BigDecimal newSize = size.add(signedQuantity);
      BigDecimal entry = size.abs().multiply(entryPrice)
          .add(signedQuantity.abs().multiply(price))
          .divide(newSize.abs(), ENTRY_PRICE_CONTEXT);
      return new Position(key, newSize, entry, realizedPnl, newFees);
    }
    BigDecimal closed = size.abs().min(signedQuantity.abs());
    BigDecimal realized = price.subtract(entryPrice).multiply(closed)
        .multiply(BigDecimal.valueOf(size.signum()));
    BigDecimal newSize = size.add(signedQuantity);
    BigDecimal entry = newSize.signum() == 0 ? BigDecimal.ZERO
        : newSize.signum() == size.signum() ? entryPrice : price;
    return new Position(key, newSize, entry, realizedPnl.add(realized), newFees);
  }

  /** (mark - entry) x size: what closing at {@code markPrice} would realise. */
  public BigDecimal unrealizedPnl(BigDecimal markPrice) {
    return size.signum() == 0 ? BigDecimal.ZERO : markPrice.subtract(entryPrice).multiply(size);
  }
}
