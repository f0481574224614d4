package io.oes.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.sim.SimClient.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * New-order validation over HTTP against a still BTCUSDT at 95000.00. Each row starts from a valid
 * resting bid (BUY LIMIT GTC 0.002 @ 91000.00) and changes one parameter; "-" removes it.
 */
class ValidationTest {
  private static Simulator simulator;
  private static SimClient client;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(SimulatorConfig.defaults()
        .withVolatilityPerTick(BigDecimal.ZERO)
        .withTickInterval(Duration.ZERO));
    client = SimClient.of(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource({
      "symbol,           -,              -1102",
      "symbol,           DOGEBTC,        -1121",
      "side,             HOLD,           -1117",
      "type,             FOO,            -1116",
      "type,             STOP,           -4120",
      "type,             TAKE_PROFIT,    -4120",
      "timeInForce,      XYZ,            -1115",
      "timeInForce,      -,              -1102",
      "price,            -,              -1102",
      "price,            1e5,            -1102",
      "quantity,         -,              -1102",
      "price,            91000.05,       -4014",
      "price,            91000.001,      -1111",
      "quantity,         0.0025,         -1111",
      "quantity,         0,              -4003",
      "quantity,         1001,           -4005",
      "quantity,         0.001,          -4164",
      "price,            99800,          -4016",
      "newClientOrderId, bad id!,        -4015",
      "newClientOrderId, 0123456789012345678901234567890123456, -4015",
      "newOrderRespType, FULL,           -1136",
      "positionSide,     LONG,           -4061",
  })
  void refusesAnInvalidParameterWithTheBinanceCode(String name, String value, int code) {
    Map<String, String> params = validBid();
    if (value.equals("-")) {
      params.remove(name);
    } else {
      params.put(name, value);
    }

    Response response = client.placeOrder(params);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.code()).isEqualTo(code);
    assertThat(response.body().get("msg").asText()).isNotBlank();
  }

  @Test
  void refusesASellBelowThePercentPriceFloor() {
    Map<String, String> params = validBid();
    params.put("side", "SELL");
    params.put("price", "90000");

    assertThat(client.placeOrder(params).code()).isEqualTo(-4024);
  }

  @Test
  void refusesAMarketOrderAboveTheMarketLotSize() {
    Map<String, String> params = SimClient.params("symbol", "BTCUSDT", "side", "BUY",
        "type", "MARKET", "quantity", "121");

    assertThat(client.placeOrder(params).code()).isEqualTo(-4005);
  }

  @Test
  void quotesTheMinimumNotionalInTheMessage() {
    Map<String, String> params = validBid();
    params.put("quantity", "0.001");

    assertThat(client.placeOrder(params).body().get("msg").asText())
        .isEqualTo("Order's notional must be no smaller than 100 (unless you choose reduce only).");
  }

  @Test
  void exemptsReduceOnlyOrdersFromTheMinimumNotional() {
    client.placeOrder(SimClient.params("symbol", "BTCUSDT", "side", "SELL", "type", "MARKET",
        "quantity", "0.002"));
    Map<String, String> params = validBid();
    params.put("quantity", "0.001");
    params.put("reduceOnly", "true");

    Response response = client.placeOrder(params);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().get("reduceOnly").asBoolean()).isTrue();
  }

  private static Map<String, String> validBid() {
    return new LinkedHashMap<>(SimClient.params("symbol", "BTCUSDT", "side", "BUY",
        "type", "LIMIT", "timeInForce", "GTC", "quantity", "0.002", "price", "91000"));
  }
}
