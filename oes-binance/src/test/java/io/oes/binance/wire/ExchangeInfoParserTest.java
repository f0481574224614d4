package io.oes.binance.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.symbol.SymbolRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeInfoParserTest {

  static String fixture() throws IOException {
    try (InputStream in = ExchangeInfoParserTest.class.getResourceAsStream(
        "/binance/exchangeInfo.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static SymbolRules rulesOf(String symbol) throws IOException {
    List<SymbolRules> all = ExchangeInfoParser.parse(fixture());
    return all.stream().filter(rules -> rules.symbol().equals(symbol)).findFirst().orElseThrow();
  }

  @Test
  void readsBtcusdtRulesFromItsFilters() throws IOException {
    SymbolRules btc = rulesOf("BTCUSDT");

    assertThat(btc.trading()).isTrue();
    assertThat(btc.baseAsset()).isEqualTo("BTC");
    assertThat(btc.quoteAsset()).isEqualTo("USDT");
    assertThat(btc.tickSize()).isEqualByComparingTo("0.1");
    assertThat(btc.minPrice()).isEqualByComparingTo("556.8");
    assertThat(btc.maxPrice()).isEqualByComparingTo("4529764");
    assertThat(btc.stepSize()).isEqualByComparingTo("0.001");
    assertThat(btc.minQty()).isEqualByComparingTo("0.001");
    assertThat(btc.maxQty()).isEqualByComparingTo("1000");
    assertThat(btc.minNotional()).isEqualByComparingTo("100");
  }

  @Test
  void readsMarketLotSizePercentPriceMaxOrdersAndOrderTypes() throws IOException {
    SymbolRules btc = rulesOf("BTCUSDT");

    assertThat(btc.marketMinQty()).isEqualByComparingTo("0.001");
    assertThat(btc.marketMaxQty()).isEqualByComparingTo("120");
    assertThat(btc.marketStepSize()).isEqualByComparingTo("0.001");
    assertThat(btc.percentPriceUp()).isEqualByComparingTo("1.05");
    assertThat(btc.percentPriceDown()).isEqualByComparingTo("0.95");
    assertThat(btc.maxOpenOrders()).isEqualTo(200);
    assertThat(btc.orderTypes()).contains("LIMIT", "MARKET", "STOP", "STOP_MARKET");
  }

  @Test
  void takesTheTickFromTheFilterNeverFromPricePrecision() throws IOException {
    assertThat(rulesOf("YFIUSDT").tickSize()).isEqualByComparingTo("1");
  }

  @Test
  void aSymbolThatIsNotTradingIsMarkedSo() throws IOException {
    assertThat(rulesOf("YFIUSDT").trading()).isFalse();
  }

  @Test
  void missingFiltersLeaveTheirBoundsUnchecked() throws IOException {
    SymbolRules yfi = rulesOf("YFIUSDT");

    assertThat(yfi.percentPriceUp()).isZero();
    assertThat(yfi.maxOpenOrders()).isZero();
    assertThat(yfi.marketStepSize()).as("LOT_SIZE then applies to MARKET orders").isNull();
  }
}
