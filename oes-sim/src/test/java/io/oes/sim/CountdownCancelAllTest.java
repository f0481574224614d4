package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dead-man switch: all open orders of a symbol go when the countdown is not refreshed. */
class CountdownCancelAllTest {
  private Simulator simulator;
  private SimClient client;

  @BeforeEach
  void start() {
    simulator = Simulator.start(SimulatorConfig.defaults());
    client = SimClient.of(simulator);
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void cancelsEveryOpenOrderOfTheSymbolWhenTheCountdownRunsOut() {
    bid("BTCUSDT", "91000");
    bid("BTCUSDT", "90000");
    bid("ETHUSDT", "3300");

    JsonNode armed = countdown("BTCUSDT", "300");

    assertThat(armed.get("symbol").asText()).isEqualTo("BTCUSDT");
    assertThat(armed.get("countdownTime").asText()).isEqualTo("300");
    await().atMost(Duration.ofSeconds(3)).until(() -> openOrders("BTCUSDT").isEmpty());
    assertThat(openOrders("ETHUSDT").size()).isEqualTo(1);
  }

  @Test
  void postponesTheCancelWhileRefreshedAndDisarmsWithZero() throws InterruptedException {
    bid("BTCUSDT", "91000");
    for (int i = 0; i < 5; i++) {
      countdown("BTCUSDT", "400");
      Thread.sleep(150);
    }
    countdown("BTCUSDT", "0");

    Thread.sleep(600);

    assertThat(openOrders("BTCUSDT").size()).isEqualTo(1);
  }

  private JsonNode countdown(String symbol, String millis) {
    return client.signedForm("POST", "/fapi/v1/countdownCancelAll",
        params("symbol", symbol, "countdownTime", millis)).body();
  }

  private void bid(String symbol, String price) {
    String quantity = symbol.equals("BTCUSDT") ? "0.002" : "0.010";
    client.placeOrder(params("symbol", symbol, "side", "BUY", "type", "LIMIT",
        "timeInForce", "GTC", "quantity", quantity, "price", price));
  }

  private JsonNode openOrders(String symbol) {
    return client.signed("GET", "/fapi/v1/openOrders", params("symbol", symbol)).body();
  }
}
