package io.oes.sim.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.sim.order.PositionSide;
import io.oes.sim.order.Side;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AccountTest {
  private static final PositionKey BTC = new PositionKey("BTCUSDT", PositionSide.BOTH);

  private final Account account =
      new Account(1, new Credentials("key", "secret"), new BigDecimal("1000"), 1);

  @Test
  void averagesTheEntryPriceWhileAPositionGrows() {
    account.onFill(fill(Side.BUY, "100", "1", "0"));
    account.onFill(fill(Side.BUY, "110", "1", "0"));

    PositionSnapshot position = account.position(BTC).orElseThrow();
    assertThat(position.positionAmt()).isEqualByComparingTo("2");
    assertThat(position.entryPrice()).isEqualByComparingTo("105");
  }

  @Test
  void realisesPnlAndChargesFeesWhenAPositionIsReducedAndFlipped() {
    account.onFill(fill(Side.BUY, "100", "1", "0.05"));
    Trade closing = account.onFill(fill(Side.SELL, "120", "3", "0.18"));

    PositionSnapshot position = account.position(BTC).orElseThrow();
    assertThat(closing.realizedPnl()).isEqualByComparingTo("20");
    assertThat(position.positionAmt()).isEqualByComparingTo("-2");
    assertThat(position.entryPrice()).isEqualByComparingTo("120");
    assertThat(account.walletBalance()).isEqualByComparingTo("1019.77");
    assertThat(account.trades("BTCUSDT")).hasSize(2);
  }

  private static Trade fill(Side side, String price, String qty, String commission) {
    BigDecimal p = new BigDecimal(price);
    BigDecimal q = new BigDecimal(qty);
    return new Trade("BTCUSDT", 1, 1, "c", side, p, q, p.multiply(q), new BigDecimal(commission),
        "USDT", BigDecimal.ZERO, false, 0, PositionSide.BOTH);
  }
}
