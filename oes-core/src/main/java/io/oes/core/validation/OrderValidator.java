package io.oes.core.validation;

import io.oes.core.order.OrderRequest;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.Result;
import io.oes.core.symbol.SymbolRules;
import io.oes.core.symbol.SymbolRulesBook;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Checks a request against the exchange's rules before anything is sent, so a client learns
 * at once, in words, what is wrong. Returns the request normalised (time-in-force settled) or
 * the first refusal.
 */
public final class OrderValidator {
  private final List<OrderPolicy> policies =
      List.of(new OrderTypePolicy(), new LotSizePolicy(), new PriceFilterPolicy(),
          new MinNotionalPolicy());
  private final PercentPricePolicy percentPrice = new PercentPricePolicy();
  private final MaxNumOrdersPolicy maxNumOrders = new MaxNumOrdersPolicy();

  /** Validates {@code request} against the rules in {@code book}. */
  public Result<OrderRequest> validate(OrderRequest request, SymbolRulesBook book) {
    Optional<Refusal> missing = RequiredFields.check(request);
    if (missing.isPresent()) {
      return Result.refused(missing.get());
    }
    Optional<SymbolRules> rules = book.find(request.symbol());
    if (rules.isEmpty()) {
      return Result.refused(Refusal.invalid(
          "symbol " + request.symbol() + " is not listed by the exchange"));
    }
    if (!rules.get().trading()) {
      return Result.refused(Refusal.invalid(
          "symbol " + request.symbol() + " is not trading on the exchange now"));
    }
    OrderRequest normalised = request.withTimeInForce(OrderTypePolicy.settle(request));
    for (OrderPolicy policy : policies) {
      Optional<Refusal> verdict = policy.check(normalised, rules.get());
      if (verdict.isPresent()) {
        return Result.refused(verdict.get());
      }
    }
    return Result.done(normalised);
  }

  /**
   * The exchange's rules that depend on the moment rather than the request alone: PERCENT_PRICE
   * against the mark price (unchecked while none is known) and MAX_NUM_ORDERS against the orders
   * open on the symbol. For a request {@link #validate} passed, just before it is recorded.
   *
   * @param markPrice the symbol's mark price, or null when unknown
   * @param openOnSymbol the account's orders open on the request's symbol, without this one
   */
  public Optional<Refusal> checkAgainstMarket(OrderRequest request, SymbolRulesBook book,
      BigDecimal markPrice, int openOnSymbol) {
    Optional<SymbolRules> rules = book.find(request.symbol());
    if (rules.isEmpty()) {
      return Optional.empty();
    }
    return percentPrice.check(request, rules.get(), markPrice)
        .or(() -> maxNumOrders.check(request, rules.get(), openOnSymbol));
  }
}
