package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The kline stream and {@code GET /fapi/v1/klines} tell the same story of a still market. */
class KlineStreamTest {
  @RegisterExtension
  final StillSimulator sim = new StillSimulator();

  @Test
  void aKlineStreamStartedMidIntervalShowsTheTradesRestAlreadyShows() {
    buy("0.010");
    buy("0.020");
    try (StreamClient stream = StreamClient.connect(sim.simulator().webSocketUrl()
        + "/market/ws/btcusdt@kline_1m")) {
      JsonNode bar = stream.next().get("k");
      JsonNode row = sim.client().publicGet("/fapi/v1/klines", "symbol=BTCUSDT&interval=1m&limit=1"
          + "&startTime=" + bar.get("t").asLong()).body().get(0);

      assertThat(bar.get("o").asText()).isEqualTo(row.get(1).asText());
      assertThat(bar.get("h").asText()).isEqualTo(row.get(2).asText());
      assertThat(bar.get("c").asText()).isEqualTo(row.get(4).asText());
      assertThat(bar.get("v").asText()).isEqualTo(row.get(5).asText());
      assertThat(bar.get("n").asLong()).isEqualTo(row.get(8).asLong());
      assertThat(bar.get("x").asBoolean()).isFalse();
    }
  }

  @Test
  void aTradeAfterSubscribingIsCountedOnceInTheStreamedBar() {
    try (StreamClient stream = StreamClient.connect(sim.simulator().webSocketUrl()
        + "/market/ws/ethusdt@kline_1d")) {
      JsonNode before = stream.next().get("k");
      buy("ETHUSDT", "0.500");

      JsonNode after = stream.nextMatching(event -> event.get("k").get("n").asLong()
          > before.get("n").asLong()).get("k");

      assertThat(after.get("t").asLong()).isEqualTo(before.get("t").asLong());
      assertThat(after.get("n").asLong()).isEqualTo(before.get("n").asLong() + 1);
      assertThat(new BigDecimal(after.get("v").asText())
          .subtract(new BigDecimal(before.get("v").asText()))).isEqualByComparingTo("0.500");
      assertThat(after.get("i").asText()).isEqualTo("1d");
    }
  }

  private void buy(String quantity) {
    buy("BTCUSDT", quantity);
  }

  private void buy(String symbol, String quantity) {
    sim.client().placeOrder(params("symbol", symbol, "side", "BUY", "type", "MARKET", "quantity",
        quantity));
  }
}
