package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import io.oes.sim.SimClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {
  private static Simulator simulator;
  private static SimClient client;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(SimulatorConfig.defaults());
    client = SimClient.of(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void reportsTheUsedWeightOnEveryResponseIncludingRefusals() {
    long before = usedWeight(client.publicGet("/fapi/v1/ping", ""));
    long afterDepth = usedWeight(client.publicGet("/fapi/v1/depth", "symbol=BTCUSDT&limit=1000"));
    Response refused = client.withCredentials("nobody", "x")
        .signed("GET", "/fapi/v1/order", params("symbol", "BTCUSDT", "orderId", "1"));

    assertThat(afterDepth).isGreaterThanOrEqualTo(before + 20);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(usedWeight(refused)).isGreaterThanOrEqualTo(afterDepth + 1);
  }

  @Test
  void countsOrdersOnPlacement() {
    Response first = placeBid();
    Response second = placeBid();

    assertThat(first.header("X-MBX-ORDER-COUNT-10S")).isNotNull();
    assertThat(first.header("X-MBX-ORDER-COUNT-1M")).isNotNull();
    assertThat(Long.parseLong(second.header("X-MBX-ORDER-COUNT-1M")))
        .isGreaterThan(Long.parseLong(first.header("X-MBX-ORDER-COUNT-1M")));
  }

  private static Response placeBid() {
    return client.placeOrder(params("symbol", "ETHUSDT", "side", "BUY", "type", "LIMIT",
        "timeInForce", "GTC", "quantity", "0.010", "price", "3400"));
  }

  private static long usedWeight(Response response) {
    return Long.parseLong(response.header("X-MBX-USED-WEIGHT-1M"));
  }
}
