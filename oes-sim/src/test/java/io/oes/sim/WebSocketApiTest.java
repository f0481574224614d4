package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket API at /ws-fapi/v1 on a still market: orders placed, modified, queried and
 * cancelled, account reads, signing per request (HMAC) or per session (Ed25519), and the answers
 * to bad frames, all over a real connection.
 */
class WebSocketApiTest {
  private static final String ED25519_API_KEY = "ed25519-test-key";
  private static KeyPair ed25519;
  private static Simulator simulator;
  private static SimClient rest;

  @BeforeAll
  static void start() throws NoSuchAlgorithmException {
    ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    simulator = Simulator.start(SimulatorConfig.defaults().withTickInterval(Duration.ZERO)
        .plusEd25519Account(ED25519_API_KEY, ed25519.getPublic()));
    rest = SimClient.of(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void placesQueriesAndCancelsAnOrderSignedPerRequest() {
    try (TradingApiClient ws = TradingApiClient.hmac(simulator)) {
      JsonNode placed = ws.signed("order.place", restingBuy("ws-place-1"));
      JsonNode status = ws.signed("order.status",
          params("symbol", "BTCUSDT", "origClientOrderId", "ws-place-1"));
      JsonNode canceled = ws.signed("order.cancel",
          params("symbol", "BTCUSDT", "origClientOrderId", "ws-place-1"));

      assertThat(placed.get("id").asText()).isEqualTo("r1");
      assertThat(placed.get("status").asInt()).isEqualTo(200);
      assertThat(placed.get("result").get("status").asText()).isEqualTo("NEW");
      assertThat(placed.get("rateLimits").findValuesAsText("rateLimitType"))
          .containsExactly("REQUEST_WEIGHT", "ORDERS", "ORDERS");
      assertThat(status.get("result").get("orderId").asLong())
          .isEqualTo(placed.get("result").get("orderId").asLong());
      assertThat(canceled.get("result").get("status").asText()).isEqualTo("CANCELED");
    }
  }

  @Test
  void modifiesAWorkingOrderAsPutOrderDoes() {
    try (TradingApiClient ws = TradingApiClient.hmac(simulator)) {
      ws.signed("order.place", restingBuy("ws-modify-1"));

      JsonNode modified = ws.signed("order.modify", params("symbol", "BTCUSDT",
          "origClientOrderId", "ws-modify-1", "side", "BUY", "quantity", "0.003",
          "price", "89000"));

      assertThat(new BigDecimal(modified.get("result").get("price").asText()))
          .isEqualByComparingTo("89000");
      assertThat(modified.get("result").get("origQty").asText()).isEqualTo("0.003");
      ws.signed("order.cancel", params("symbol", "BTCUSDT", "origClientOrderId", "ws-modify-1"));
    }
  }

  @Test
  void refusesAnOrderThatDoesNotFitTheMarginWithTheRestError() {
    try (TradingApiClient ws = TradingApiClient.hmac(simulator)) {
      JsonNode refused = ws.signed("order.place", params("symbol", "BTCUSDT", "side", "BUY",
          "type", "MARKET", "quantity", "31.5"));

      assertThat(refused.get("status").asInt()).isEqualTo(400);
      assertThat(refused.get("error").get("code").asInt()).isEqualTo(-2019);
      assertThat(refused.get("error").get("msg").asText()).isEqualTo("Margin is insufficient.");
      assertThat(refused.has("result")).isFalse();
    }
  }

  @Test
  void readsTheAccountItsBalanceAndItsPositions() {
    try (TradingApiClient ws = TradingApiClient.hmac(simulator)) {
      JsonNode account = ws.signed("v2/account.status", params());
      JsonNode balance = ws.signed("account.balance", params());
      JsonNode positions = ws.signed("account.position", params("symbol", "BTCUSDT"));

      assertThat(account.get("result").has("availableBalance")).isTrue();
      assertThat(balance.get("result").get(0).get("asset").asText()).isEqualTo("USDT");
      assertThat(positions.get("result").get(0).get("symbol").asText()).isEqualTo("BTCUSDT");
    }
  }

  @Test
  void logsOnWithAnEd25519KeyAndThenTradesWithOnlyATimestamp() {
    try (TradingApiClient ws = TradingApiClient.ed25519(simulator, ED25519_API_KEY,
        ed25519.getPrivate())) {
      JsonNode logon = ws.signed("session.logon", params());
      JsonNode status = ws.send("session.status", Map.of());
      JsonNode placed = ws.bySession("order.place", restingBuy("ws-session-1"));
      JsonNode canceled = ws.bySession("order.cancel",
          params("symbol", "BTCUSDT", "origClientOrderId", "ws-session-1"));
      JsonNode logout = ws.send("session.logout", Map.of());
      JsonNode afterLogout = ws.bySession("order.status",
          params("symbol", "BTCUSDT", "origClientOrderId", "ws-session-1"));

      assertThat(logon.get("result").get("apiKey").asText()).isEqualTo(ED25519_API_KEY);
      assertThat(status.get("result").get("authorizedSince").asLong()).isPositive();
      assertThat(placed.get("result").get("status").asText()).isEqualTo("NEW");
      assertThat(canceled.get("result").get("status").asText()).isEqualTo("CANCELED");
      assertThat(logout.get("result").get("apiKey").isNull()).isTrue();
      assertThat(afterLogout.get("error").get("code").asInt()).isEqualTo(-1102);
      assertThat(afterLogout.get("error").get("msg").asText()).contains("'apiKey'");
    }
  }

  @Test
  void signsPerRequestWithAnEd25519KeyToo() {
    try (TradingApiClient ws = TradingApiClient.ed25519(simulator, ED25519_API_KEY,
        ed25519.getPrivate())) {
      JsonNode balance = ws.signed("account.balance", params());

      assertThat(balance.get("status").asInt()).isEqualTo(200);
    }
  }

  @Test
  void refusesToLogOnWithAnHmacKeyWith4056() {
    try (TradingApiClient ws = TradingApiClient.hmac(simulator)) {
      JsonNode refused = ws.signed("session.logon", params());
      JsonNode status = ws.send("session.status", Map.of());

      assertThat(refused.get("error").get("code").asInt()).isEqualTo(-4056);
      assertThat(status.get("result").get("apiKey").isNull()).isTrue();
    }
  }

  @Test
  void refusesABadSignatureAndAStaleTimestamp() {
    try (TradingApiClient ws = TradingApiClient.hmac(simulator)) {
      Map<String, String> forged = params("apiKey", simulator.apiKey(),
          "timestamp", String.valueOf(System.currentTimeMillis()), "signature", "00ff");
      JsonNode badSignature = ws.send("account.balance", forged);
      JsonNode stale = ws.signed("account.balance", params("timestamp", "1000"));

      assertThat(badSignature.get("status").asInt()).isEqualTo(400);
      assertThat(badSignature.get("error").get("code").asInt()).isEqualTo(-1022);
      assertThat(stale.get("error").get("code").asInt()).isEqualTo(-1021);
    }
  }

  @Test
  void answersMalformedFramesAndUnknownMethodsAndKeepsTheConnection() {
    try (TradingApiClient ws = TradingApiClient.hmac(simulator)) {
      JsonNode notJson = ws.sendRaw("{not json");
      JsonNode binary = ws.sendBinary("{}".getBytes(StandardCharsets.UTF_8));
      JsonNode noMethod = ws.sendRaw("{\"id\":7,\"params\":{}}");
      JsonNode unknown = ws.sendRaw("{\"id\":\"u1\",\"method\":\"order.teleport\"}");
      JsonNode badParams = ws.sendRaw("{\"id\":8,\"method\":\"order.place\",\"params\":[1]}");
      JsonNode stillServed = ws.send("session.status", Map.of());

      assertThat(notJson.get("id").isNull()).isTrue();
      assertThat(notJson.get("status").asInt()).isEqualTo(400);
      assertThat(notJson.get("error").get("code").asInt()).isEqualTo(-1102);
      assertThat(binary.get("error").get("code").asInt()).isEqualTo(-1102);
      assertThat(noMethod.get("id").asInt()).isEqualTo(7);
      assertThat(noMethod.get("error").get("msg").asText()).contains("'method'");
      assertThat(unknown.get("id").asText()).isEqualTo("u1");
      assertThat(unknown.get("error").get("code").asInt()).isEqualTo(-1130);
      assertThat(unknown.get("error").get("msg").asText()).contains("'method'");
      assertThat(badParams.get("error").get("msg").asText()).contains("'params'");
      assertThat(stillServed.get("status").asInt()).isEqualTo(200);
    }
  }

  @Test
  void sharesTheOrderStateWithTheRestApi() {
    try (TradingApiClient ws = TradingApiClient.hmac(simulator)) {
      ws.signed("order.place", restingBuy("ws-shared-1"));

      JsonNode viaRest = rest.signed("GET", "/fapi/v1/order",
          params("symbol", "BTCUSDT", "origClientOrderId", "ws-shared-1")).body();

      assertThat(viaRest.get("status").asText()).isEqualTo("NEW");
      rest.signed("DELETE", "/fapi/v1/order",
          params("symbol", "BTCUSDT", "origClientOrderId", "ws-shared-1"));
    }
  }

  private static Map<String, String> restingBuy(String clientOrderId) {
    return params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT", "timeInForce", "GTC",
        "quantity", "0.002", "price", "90000", "newClientOrderId", clientOrderId);
  }
}
