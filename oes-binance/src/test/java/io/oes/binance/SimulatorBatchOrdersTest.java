package io.oes.binance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.rest.BinanceRestClient;
import io.oes.binance.rest.HttpVerb;
import io.oes.binance.rest.RequestParams;
import io.oes.binance.signing.BinanceCredentials;
import io.oes.binance.testing.TestOrders;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.port.ExchangeOutcome;
import io.oes.sim.Simulator;
import io.oes.sim.SimulatorConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Batches through the adapter against the real simulator over HTTP. */
class SimulatorBatchOrdersTest {
  private static Simulator simulator;
  private static BinanceClientConfig config;
  private static BinanceExchange exchange;

  @BeforeAll
  static void startSimulator() {
    simulator = Simulator.start(SimulatorConfig.defaults().withTickInterval(Duration.ZERO));
    config = BinanceClientConfig.of(URI.create(simulator.baseUrl()),
        new BinanceCredentials(simulator.apiKey(), simulator.secretKey()));
    exchange = new BinanceExchange(config);
  }

  @AfterAll
  static void stopSimulator() {
    exchange.close();
    simulator.close();
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  private static BigDecimal belowMarket() throws Exception {
    try (BinanceRestClient rest = new BinanceRestClient(config)) {
      String body = await(rest.send(HttpVerb.GET, "/fapi/v1/premiumIndex",
          new RequestParams().add("symbol", "BTCUSDT"))).body();
      BigDecimal mark = new BigDecimal(new ObjectMapper().readTree(body).get("markPrice")
          .asText());
      return mark.multiply(new BigDecimal("0.97")).setScale(1, RoundingMode.DOWN);
    }
  }

  private static Order bid(String clientId, BigDecimal price) {
    return TestOrders.limit(clientId, Side.BUY, "0.010", price.toPlainString(), TimeInForce.GTC);
  }

  @Test
  void aBatchIsPlacedEntryByEntryAndCanceledTogether() throws Exception {
    BigDecimal price = belowMarket();
    List<Order> orders = List.of(bid("oes-b-1", price), bid("oes-b-2", price),
        bid("oes-b-3", price.add(new BigDecimal("0.05"))), bid("oes-b-4", price));

    List<ExchangeOutcome> placed = await(exchange.submitBatch(orders));

    assertThat(placed).hasSize(4);
    for (int i : List.of(0, 1, 3)) {
      assertThat(placed.get(i)).isInstanceOfSatisfying(ExchangeOutcome.Accepted.class,
          accepted -> {
            assertThat(accepted.report().state()).isEqualTo(OrderState.SUBMITTED);
            assertThat(accepted.report().exchangeClientId())
                .isEqualTo(orders.get(i).exchangeClientId());
          });
    }
    assertThat(placed.get(2)).isInstanceOfSatisfying(ExchangeOutcome.Rejected.class,
        rejected -> assertThat(rejected.venueCode()).isEqualTo(-4014));
    assertThat(await(exchange.openOrders())).extracting(r -> r.exchangeClientId())
        .contains("oes-b-1", "oes-b-2", "oes-b-4").doesNotContain("oes-b-3");

    List<ExchangeOutcome> canceled = await(exchange.cancelBatch("BTCUSDT",
        List.of("oes-b-1", "oes-b-3", "oes-b-2", "oes-b-4")));

    assertThat(canceled.get(0)).isInstanceOfSatisfying(ExchangeOutcome.Accepted.class,
        accepted -> assertThat(accepted.report().state()).isEqualTo(OrderState.CANCELED));
    assertThat(canceled.get(1)).isInstanceOf(ExchangeOutcome.NotFound.class);
    assertThat(canceled.subList(2, 4)).allSatisfy(outcome -> assertThat(outcome)
        .isInstanceOfSatisfying(ExchangeOutcome.Accepted.class, accepted ->
            assertThat(accepted.report().state()).isEqualTo(OrderState.CANCELED)));
    assertThat(await(exchange.openOrders())).extracting(r -> r.exchangeClientId())
        .doesNotContain("oes-b-1", "oes-b-2", "oes-b-4");
  }
}
