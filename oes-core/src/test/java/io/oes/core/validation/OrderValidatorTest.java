package io.oes.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.refusal.RefusalCode;
import io.oes.core.refusal.Result;
import io.oes.core.symbol.SymbolRulesBook;
import io.oes.core.testing.TestSymbols;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderValidatorTest {
  private final OrderValidator validator = new OrderValidator();
  private final SymbolRulesBook book = new SymbolRulesBook();

  OrderValidatorTest() {
    book.replaceAll(List.of(TestSymbols.btcusdt()));
  }

  private static OrderRequest request(String symbol, OrderType type, String tif, String qty,
      String price, String stop, boolean reduceOnly, boolean postOnly) {
    return new OrderRequest("u1", "c1", symbol, Side.BUY, type,
        tif.isEmpty() ? null : TimeInForce.valueOf(tif), new BigDecimal(qty),
        price.isEmpty() ? null : new BigDecimal(price), stop.isEmpty() ? null : new BigDecimal(stop),
        reduceOnly, postOnly);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      quantity below the minimum      | BTCUSDT | LIMIT       | GTC | 0.0001  | 40000    |       | false | false | quantity 0.0001 below minimum 0.001 for BTCUSDT
      quantity off the step           | BTCUSDT | LIMIT       | GTC | 0.0015  | 40000    |       | false | false | quantity 0.0015 is not a multiple of step size 0.001 for BTCUSDT
      quantity above the maximum      | BTCUSDT | LIMIT       | GTC | 1001    | 40000    |       | false | false | quantity 1001 above maximum 1000 for BTCUSDT
      market above the market maximum | BTCUSDT | MARKET      |     | 121     |          |       | false | false | quantity 121 above maximum 120 for BTCUSDT
      zero quantity                   | BTCUSDT | LIMIT       | GTC | 0       | 40000    |       | false | false | quantity 0 must be positive
      negative quantity               | BTCUSDT | LIMIT       | GTC | -1      | 40000    |       | false | false | quantity -1 must be positive
      price off the tick              | BTCUSDT | LIMIT       | GTC | 0.01    | 40000.05 |       | false | false | price 40000.05 is not a multiple of tick size 0.1 for BTCUSDT
      price below the minimum         | BTCUSDT | LIMIT       | GTC | 1       | 100      |       | false | false | price 100 below minimum 261.1 for BTCUSDT
      notional below the minimum      | BTCUSDT | LIMIT       | GTC | 0.001   | 40000    |       | false | false | notional 40 (price 40000 × quantity 0.001) below minimum 100 for BTCUSDT
      limit without price             | BTCUSDT | LIMIT       | GTC | 0.01    |          |       | false | false | price 0 must be positive for a LIMIT order
      market with a price             | BTCUSDT | MARKET      |     | 0.01    | 40000    |       | false | false | price 40000 must not be set for a MARKET order
      stop market without stop price  | BTCUSDT | STOP_MARKET |     | 0.01    |          |       | false | false | stop_price 0 must be positive for a STOP_MARKET order
      limit with a stop price         | BTCUSDT | LIMIT       | GTC | 0.01    | 40000    | 39000 | false | false | stop_price 39000 must not be set for a LIMIT order
      stop price off the tick         | BTCUSDT | STOP_LIMIT  | GTC | 0.01    | 40000    | 39000.01 | false | false | stop_price 39000.01 is not a multiple of tick size 0.1 for BTCUSDT
      post-only with IOC              | BTCUSDT | POST_ONLY   | IOC | 0.01    | 40000    |       | false | false | time_in_force IOC is not allowed for a post-only order (needs GTX)
      post-only flag with FOK         | BTCUSDT | LIMIT       | FOK | 0.01    | 40000    |       | false | true  | time_in_force FOK is not allowed for a post-only order (needs GTX)
      unknown symbol                  | DOGEXYZ | LIMIT       | GTC | 1       | 1        |       | false | false | symbol DOGEXYZ is not listed by the exchange
      """)
  void refusesWithFieldValueAndRule(String name, String symbol, OrderType type, String tif,
      String qty, String price, String stop, boolean reduceOnly, boolean postOnly,
      String message) {
    Result<OrderRequest> result = validator.validate(
        request(symbol, type, tif == null ? "" : tif, qty, price == null ? "" : price,
            stop == null ? "" : stop, reduceOnly, postOnly), book);
    assertThat(result).isInstanceOfSatisfying(Result.Refused.class, refused -> {
      assertThat(refused.refusal().code()).isEqualTo(RefusalCode.INVALID_ARGUMENT);
      assertThat(refused.refusal().message()).isEqualTo("validation failed: " + message);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      smallest allowed quantity      | LIMIT     | GTC | 0.003 | 40000.1 | false | false | GTC
      notional exactly the minimum   | LIMIT     | GTC | 0.004 | 25000   | false | false | GTC
      reduce-only below the notional | LIMIT     | GTC | 0.001 | 40000   | true  | false | GTC
      limit without tif means GTC    | LIMIT     |     | 0.01  | 40000   | false | false | GTC
      post-only type becomes GTX     | POST_ONLY |     | 0.01  | 40000   | false | false | GTX
      post-only flag turns GTC to GTX| LIMIT     | GTC | 0.01  | 40000   | false | true  | GTX
      market order                   | MARKET    |     | 0.001 |         | false | false |
      """)
  void acceptsAndSettlesTimeInForce(String name, OrderType type, String tif, String qty,
      String price, boolean reduceOnly, boolean postOnly, String settled) {
    Result<OrderRequest> result = validator.validate(request("BTCUSDT", type,
        tif == null ? "" : tif, qty, price == null ? "" : price, "", reduceOnly, postOnly), book);
    assertThat(result).isInstanceOfSatisfying(Result.Done.class, done -> assertThat(
        ((OrderRequest) done.value()).timeInForce())
        .isEqualTo(settled == null ? null : TimeInForce.valueOf(settled)));
  }

  @Test
  void aMissingSideIsNamed() {
    OrderRequest noSide = new OrderRequest("u1", "c1", "BTCUSDT", null, OrderType.LIMIT,
        TimeInForce.GTC, BigDecimal.ONE, new BigDecimal("40000"), null, false, false);
    assertThat(validator.validate(noSide, book)).isInstanceOfSatisfying(Result.Refused.class,
        r -> assertThat(r.refusal().message()).contains("side is required"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      BUY above the PERCENT_PRICE cap   | BUY  | LIMIT  | 42000.1 | 40000    | 0   | INVALID_ARGUMENT    | validation failed: BUY price 42000.1 above the exchange's PERCENT_PRICE cap 42000 (mark 40000 × 1.05) for BTCUSDT
      BUY at the cap                    | BUY  | LIMIT  | 42000   | 40000    | 0   | -                   | -
      cap rounded down onto the tick    | BUY  | LIMIT  | 42000.1 | 40000.03 | 0   | INVALID_ARGUMENT    | validation failed: BUY price 42000.1 above the exchange's PERCENT_PRICE cap 42000 (mark 40000.03 × 1.05) for BTCUSDT
      SELL below the PERCENT_PRICE floor | SELL | LIMIT  | 37999.9 | 40000    | 0   | INVALID_ARGUMENT    | validation failed: SELL price 37999.9 below the exchange's PERCENT_PRICE floor 38000 (mark 40000 × 0.95) for BTCUSDT
      floor rounded up onto the tick    | SELL | LIMIT  | 38000   | 40000.03 | 0   | INVALID_ARGUMENT    | validation failed: SELL price 38000 below the exchange's PERCENT_PRICE floor 38000.1 (mark 40000.03 × 0.95) for BTCUSDT
      SELL at the floor                 | SELL | LIMIT  | 38000   | 40000    | 0   | -                   | -
      no mark price known yet           | BUY  | LIMIT  | 99000   | -        | 0   | -                   | -
      MARKET has no price to check      | BUY  | MARKET | -       | 40000    | 0   | -                   | -
      the last open order allowed       | BUY  | LIMIT  | 40000   | 40000    | 199 | -                   | -
      one open order too many          | BUY  | LIMIT  | 40000   | 40000    | 200 | FAILED_PRECONDITION | open orders on BTCUSDT 201 (this one included) exceed the exchange's MAX_NUM_ORDERS 200
      MARKET never rests                | BUY  | MARKET | -       | 40000    | 200 | -                   | -
      """)
  void checksPercentPriceAndMaxNumOrdersAgainstTheMarket(String name, Side side, OrderType type,
      String price, String mark, int openOnSymbol, RefusalCode code, String message) {
    OrderRequest request = new OrderRequest("u1", "c1", "BTCUSDT", side, type,
        type == OrderType.MARKET ? null : TimeInForce.GTC, new BigDecimal("0.01"),
        price == null ? null : new BigDecimal(price), null, false, false);

    var verdict = validator.checkAgainstMarket(request, book,
        mark == null ? null : new BigDecimal(mark), openOnSymbol);

    if (code == null) {
      assertThat(verdict).isEmpty();
    } else {
      assertThat(verdict).hasValueSatisfying(refusal -> {
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.message()).isEqualTo(message);
      });
    }
  }
}
