package io.oes.core.position;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.order.Fill;
import io.oes.core.order.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Positions from fills, by the exchange's one-way rule. */
class PositionLedgerTest {
  private final PositionLedger ledger = new PositionLedger();
  private int trades;

  @Test
  void entryPriceIsTheAverageOfTheOpeningFills() {
    fill("alice", Side.BUY, "1", "100");
    fill("alice", Side.BUY, "3", "104");

    Position p = only();
    assertThat(p.size()).isEqualByComparingTo("4");
    assertThat(p.entryPrice()).isEqualByComparingTo("103");
    assertThat(p.realizedPnl()).isEqualByComparingTo("0");
  }

  @Test
  void reducingRealisesAgainstTheEntryAndKeepsIt() {
    fill("alice", Side.BUY, "2", "100");
    fill("alice", Side.SELL, "0.5", "110");

    Position p = only();
    assertThat(p.size()).isEqualByComparingTo("1.5");
    assertThat(p.entryPrice()).isEqualByComparingTo("100");
    assertThat(p.realizedPnl()).isEqualByComparingTo("5");
  }

  @Test
  void aShortGainsWhenThePriceFalls() {
    fill("alice", Side.SELL, "1", "100");
    fill("alice", Side.BUY, "1", "90");

    Position p = only();
    assertThat(p.size()).isEqualByComparingTo("0");
    assertThat(p.entryPrice()).isEqualByComparingTo("0");
    assertThat(p.realizedPnl()).isEqualByComparingTo("10");
  }

  @Test
  void crossingZeroClosesAllAndOpensTheRestAtTheFillPrice() {
    fill("alice", Side.BUY, "1", "100");
    fill("alice", Side.SELL, "3", "120");

    Position p = only();
    assertThat(p.size()).isEqualByComparingTo("-2");
    assertThat(p.entryPrice()).isEqualByComparingTo("120");
    assertThat(p.realizedPnl()).isEqualByComparingTo("20");
    assertThat(p.unrealizedPnl(new BigDecimal("125"))).isEqualByComparingTo("-10");
  }

  @Test
  void feesAddUpAndUsersKeepTheirOwnPositionsWhileTheAccountNetsThem() {
    fill("alice", Side.BUY, "1", "100");
    fill("bob", Side.SELL, "0.25", "100");

    assertThat(ledger.positions(k -> k.userId().equals("alice")).get(0).fees())
        .isEqualByComparingTo("0.02");
    assertThat(ledger.netSizes("acct")).containsOnlyKeys("BTCUSDT");
    assertThat(ledger.netSizes("acct").get("BTCUSDT")).isEqualByComparingTo("0.75");
  }

  private Position only() {
    List<Position> all = ledger.positions(k -> true);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private void fill(String user, Side side, String qty, String price) {
    trades++;
    ledger.apply("acct", user, new Fill("t" + trades, "o" + trades, "BTCUSDT", side,
        new BigDecimal(price), new BigDecimal(qty), new BigDecimal("0.02"), "USDT", false,
        Instant.EPOCH));
  }
}
