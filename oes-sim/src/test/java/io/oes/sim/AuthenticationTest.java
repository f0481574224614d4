package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import io.oes.sim.SimClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
  private static final String KEY = "sim-test-key";
  private static final String SECRET = "sim-test-secret";

  private static Simulator simulator;
  private static SimClient client;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(SimulatorConfig.defaults().withAccount(KEY, SECRET));
    client = SimClient.of(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void exposesTheConfiguredCredentials() {
    assertThat(simulator.apiKey()).isEqualTo(KEY);
    assertThat(simulator.secretKey()).isEqualTo(SECRET);
    assertThat(simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + simulator.port());
  }

  @Test
  void refusesAMissingApiKeyWith401() {
    Response response = client.withCredentials(null, SECRET)
        .signed("GET", "/fapi/v1/openOrders", params());

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.code()).isEqualTo(-2015);
    assertThat(response.body().get("msg").asText())
        .isEqualTo("Invalid API-key, IP, or permissions for action.");
  }

  @Test
  void refusesAnUnknownApiKeyWith401() {
    Response response = client.withCredentials("someone-else", SECRET)
        .signed("GET", "/fapi/v1/openOrders", params());

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.code()).isEqualTo(-2015);
  }

  @Test
  void refusesASignatureMadeWithTheWrongSecret() {
    Response response = client.withCredentials(KEY, "wrong-secret")
        .signed("GET", "/fapi/v1/openOrders", params());

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.code()).isEqualTo(-1022);
  }

  @Test
  void refusesAMissingSignatureAsAMandatoryParameter() {
    Response response = client.raw("GET", "/fapi/v1/openOrders",
        "timestamp=" + System.currentTimeMillis(), "");

    assertThat(response.code()).isEqualTo(-1102);
  }

  @Test
  void refusesATimestampOlderThanTheRecvWindow() {
    long sixSecondsAgo = System.currentTimeMillis() - 6000;
    Response response = client.signed("GET", "/fapi/v1/openOrders",
        params("timestamp", String.valueOf(sixSecondsAgo)));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.code()).isEqualTo(-1021);
  }

  @Test
  void acceptsAnOlderTimestampWithinALargerRecvWindow() {
    long sixSecondsAgo = System.currentTimeMillis() - 6000;
    Response response = client.signed("GET", "/fapi/v1/openOrders",
        params("recvWindow", "10000", "timestamp", String.valueOf(sixSecondsAgo)));

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void refusesATimestampMoreThanASecondAhead() {
    long ahead = System.currentTimeMillis() + 5000;
    Response response = client.signed("GET", "/fapi/v1/openOrders",
        params("timestamp", String.valueOf(ahead)));

    assertThat(response.code()).isEqualTo(-1021);
    assertThat(response.body().get("msg").asText()).contains("ahead of the server's time");
  }

  @Test
  void verifiesASignatureOverTheQueryFollowedByTheBody() {
    String query = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC";
    String body = "quantity=0.002&price=80000&timestamp=" + System.currentTimeMillis();
    Response response = client.raw("POST", "/fapi/v1/order", query,
        body + "&signature=" + client.sign(query + body));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().get("price").asText()).isEqualTo("80000.00");
  }

  @Test
  void verifiesASignatureOverAFormBodyAlone() {
    Response response = client.signedForm("POST", "/fapi/v1/order", params("symbol", "BTCUSDT",
        "side", "BUY", "type", "LIMIT", "timeInForce", "GTC", "quantity", "0.002",
        "price", "80000"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().get("status").asText()).isEqualTo("NEW");
  }

  @Test
  void letsTheQueryValueWinOverTheBodyValue() {
    String query = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=81000";
    String body = "quantity=0.002&price=82000&timestamp=" + System.currentTimeMillis();
    Response response = client.raw("POST", "/fapi/v1/order", query,
        body + "&signature=" + client.sign(query + body));

    assertThat(response.body().get("price").asText()).isEqualTo("81000.00");
  }
}
