package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.sim.SimClient.Response;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The endpoints clients found missing: klines, ticker/price, v2 and v3 balance, commissionRate;
 * and a JSON 404 for a path Binance does not have.
 */
class KlinePriceBalanceEndpointsTest {
  private static Simulator simulator;
  private static SimClient client;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(SimulatorConfig.defaults()
        .withTickInterval(Duration.ofMillis(50)));
    client = SimClient.of(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void klinesCarryTheSimulatorsOwnTradeInTheCurrentMinute() {
    client.placeOrder(params("symbol", "BNBUSDT", "side", "BUY", "type", "MARKET",
        "quantity", "0.25"));

    Response klines = client.publicGet("/fapi/v1/klines", "symbol=BNBUSDT&interval=1m&limit=3");

    assertThat(klines.status()).isEqualTo(200);
    JsonNode last = klines.body().get(klines.body().size() - 1);
    assertThat(last).hasSize(12);
    assertThat(last.get(6).asLong()).isEqualTo(last.get(0).asLong() + 59_999);
    assertThat(new BigDecimal(last.get(5).asText())).isGreaterThanOrEqualTo(new BigDecimal("0.25"));
    assertThat(last.get(8).asLong()).isPositive();
    assertThat(new BigDecimal(last.get(2).asText()))
        .isGreaterThanOrEqualTo(new BigDecimal(last.get(3).asText()));
  }

  @Test
  void klinesRefuseAnUnknownIntervalWith1120() {
    Response refused = client.publicGet("/fapi/v1/klines", "symbol=BTCUSDT&interval=7m");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo(-1120);
  }

  @Test
  void tickerPriceAnswersOneSymbolAsAnObjectAndAllAsAList() {
    JsonNode one = client.publicGet("/fapi/v1/ticker/price", "symbol=ETHUSDT").body();
    JsonNode all = client.publicGet("/fapi/v2/ticker/price", "").body();

    assertThat(one.get("symbol").asText()).isEqualTo("ETHUSDT");
    assertThat(new BigDecimal(one.get("price").asText())).isPositive();
    assertThat(one.get("time").asLong()).isPositive();
    assertThat(all).hasSize(4);
  }

  @Test
  void balanceV2AndV3ListTheUsdtWallet() {
    for (String path : new String[] {"/fapi/v2/balance", "/fapi/v3/balance"}) {
      JsonNode usdt = client.signed("GET", path, params()).body().get(0);

      assertThat(usdt.get("asset").asText()).as(path).isEqualTo("USDT");
      assertThat(usdt.fieldNames()).toIterable().as(path).contains("accountAlias", "balance",
          "crossWalletBalance", "crossUnPnl", "availableBalance", "maxWithdrawAmount",
          "marginAvailable", "updateTime");
    }
  }

  @Test
  void commissionRateShowsTheMakerAndTakerFees() {
    JsonNode rates = client.signed("GET", "/fapi/v1/commissionRate",
        params("symbol", "BTCUSDT")).body();

    assertThat(rates.get("symbol").asText()).isEqualTo("BTCUSDT");
    assertThat(new BigDecimal(rates.get("makerCommissionRate").asText())).isEqualByComparingTo(
        "0.0002");
    assertThat(new BigDecimal(rates.get("takerCommissionRate").asText())).isEqualByComparingTo(
        "0.0005");
  }

  @Test
  void anUnknownPathAnswers404WithAJsonCodeAndMessage() {
    Response missing = client.publicGet("/fapi/v1/noSuchThing", "");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo(-5000);
    assertThat(missing.body().get("msg").asText())
        .isEqualTo("Path /fapi/v1/noSuchThing, Method GET is invalid");
  }
}
