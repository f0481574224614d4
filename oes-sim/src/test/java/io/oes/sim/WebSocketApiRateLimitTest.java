package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.sim.ratelimit.RateLimits;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The WebSocket API spends the same budgets as REST: 20 request weight a minute per address and
 * 2 orders per 10 seconds here. Over a limit a request is answered 429 with Binance's code, and
 * the connection keeps answering.
 */
class WebSocketApiRateLimitTest {
  @RegisterExtension
  final StillSimulator sim = new StillSimulator(config -> config.withRateLimits(
      new RateLimits(20, 2, 100, 100, Duration.ofMinutes(2))));

  @Test
  void refusesTheThirdOrderOfTenSecondsWith1015AndCountsOrdersInRateLimits() {
    try (TradingApiClient ws = TradingApiClient.hmac(sim.simulator())) {
      ws.signed("order.place", restingBuy());
      JsonNode second = ws.signed("order.place", restingBuy());
      JsonNode third = ws.signed("order.place", restingBuy());

      assertThat(second.get("rateLimits").get(1).get("count").asInt()).isEqualTo(2);
      assertThat(third.get("status").asInt()).isEqualTo(429);
      assertThat(third.get("error").get("code").asInt()).isEqualTo(-1015);
    }
  }

  @Test
  void refusesRequestsBeyondTheWeightSharedWithRestWith1003() {
    sim.client().signed("GET", "/fapi/v2/balance", params()); // 5 of 20 over REST
    try (TradingApiClient ws = TradingApiClient.hmac(sim.simulator())) { // 5 more to connect
      JsonNode fits = ws.signed("account.balance", params()); // 15
      JsonNode over = ws.signed("account.balance", params()); // 20 would pass, the next not
      JsonNode refused = ws.signed("account.balance", params());

      assertThat(fits.get("rateLimits").get(0).get("count").asInt()).isEqualTo(15);
      assertThat(over.get("status").asInt()).isEqualTo(200);
      assertThat(refused.get("status").asInt()).isEqualTo(429);
      assertThat(refused.get("error").get("code").asInt()).isEqualTo(-1003);
      assertThat(ws.send("session.status", Map.of()).get("status").asInt()).isEqualTo(429);
    }
  }

  private static Map<String, String> restingBuy() {
    return params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT", "timeInForce", "GTC",
        "quantity", "0.002", "price", "90000");
  }
}
