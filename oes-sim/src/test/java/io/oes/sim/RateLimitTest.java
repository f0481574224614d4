package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import io.oes.sim.SimClient.Response;
import io.oes.sim.ratelimit.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Limits enforced with small numbers: 20 weight a minute, 3 orders per 10 s, a ban after 2
 * refusals. The server clock stands still (30 s ahead, covered by a 60 s recvWindow), so no
 * window rolls over during a test.
 */
class RateLimitTest {
  private Simulator simulator;
  private SimClient client;

  @BeforeEach
  void start() {
    simulator = Simulator.start(SimulatorConfig.defaults()
        .withClock(InstantSource.fixed(Instant.now().plusSeconds(30)))
        .withRateLimits(new RateLimits(20, 3, 100, 2, Duration.ofMinutes(2))));
    client = SimClient.of(simulator);
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void refusesWeightOverTheLimitWith429AndRetryAfterThenBansWith418() {
    List<Response> answers = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      answers.add(client.publicGet("/fapi/v1/ping", ""));
    }

    assertThat(answers.subList(0, 20)).allMatch(answer -> answer.status() == 200);
    Response first429 = answers.get(20);
    assertThat(first429.status()).isEqualTo(429);
    assertThat(first429.code()).isEqualTo(-1003);
    assertThat(Long.parseLong(first429.header("Retry-After"))).isBetween(1L, 60L);
    assertThat(first429.header("X-MBX-USED-WEIGHT-1M")).isEqualTo("21");
    assertThat(answers.get(21).status()).isEqualTo(429);
    Response banned = answers.get(22);
    assertThat(banned.status()).isEqualTo(418);
    assertThat(banned.code()).isEqualTo(-1003);
    assertThat(banned.body().get("msg").asText()).contains("banned until");
    assertThat(Long.parseLong(banned.header("Retry-After"))).isBetween(100L, 120L);
  }

  @Test
  void refusesOrdersOverTheTenSecondCountWith1015() {
    List<Response> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      answers.add(client.placeOrder(params("symbol", "ETHUSDT", "side", "BUY", "type", "LIMIT",
          "timeInForce", "GTC", "quantity", "0.010", "price", "3400", "recvWindow", "60000")));
    }

    assertThat(answers.get(0).header("X-MBX-ORDER-COUNT-10S")).isEqualTo("1");
    assertThat(answers.get(2).header("X-MBX-ORDER-COUNT-10S")).isEqualTo("3");
    assertThat(answers.get(2).header("X-MBX-ORDER-COUNT-1M")).isEqualTo("3");
    Response refused = answers.get(3);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.code()).isEqualTo(-1015);
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 10L);
  }

  @Test
  void publishesTheConfiguredLimitsInExchangeInfoAndRateLimitOrder() {
    var limits = client.publicGet("/fapi/v1/exchangeInfo", "").body().get("rateLimits");
    var orderLimits = client.signed("GET", "/fapi/v1/rateLimit/order",
        params("recvWindow", "60000")).body();

    assertThat(limits.findValuesAsText("rateLimitType"))
        .containsExactly("REQUEST_WEIGHT", "ORDERS", "ORDERS");
    assertThat(limits.get(0).get("limit").asInt()).isEqualTo(20);
    assertThat(orderLimits.get(0).get("limit").asInt()).isEqualTo(3);
    assertThat(orderLimits.get(0).get("interval").asText()).isEqualTo("SECOND");
  }
}
