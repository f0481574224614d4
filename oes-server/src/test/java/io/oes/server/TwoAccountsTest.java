package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.oes.api.CreateOrderRequest;
import io.oes.api.GetOrdersRequest;
import io.oes.api.Order;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.binance.BinanceExchange;
import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.signing.BinanceCredentials;
import io.oes.core.port.ExecutionReport;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two exchange accounts in one gateway, in sim mode: each trades under its own key on the
 * embedded simulator, and neither sees the other's orders, fills or rate limits.
 */
class TwoAccountsTest {
  /** Each account's orders per minute; the exchange's minute windows start on the minute. */
  private static final int ORDER_BUDGET = 5;
  private static int simPort;
  private static RunningGateway running;

  @BeforeAll
  static void start() {
    simPort = RunningGateway.freePort();
    running = RunningGateway.start(Map.of(), """
        sim: {port: %d}
        exchange:
          accounts:
            - {id: alpha, api_key: alpha-key, secret_key: alpha-secret, users: [alice]}
            - {id: beta, api_key: beta-key, secret_key: beta-secret, users: [bob]}
        rate_limit: {enabled: true, weight_per_minute: 2400, orders_per_10s: 100,
                     orders_per_minute: %d}
        """.formatted(simPort, ORDER_BUDGET));
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void eachAccountTradesUnderItsOwnKeyAndSeesOnlyItsOwnOrdersFillsAndLimits() throws Exception {
    // both accounts at once: alice's on alpha, bob's on beta
    CompletableFuture<List<Order>> alice = CompletableFuture.supplyAsync(() -> List.of(
        create(RunningGateway.restingBuy("alice").build()),
        create(RunningGateway.restingBuy("alice").build()),
        create(marketBuy("alice"))));
    CompletableFuture<List<Order>> bob = CompletableFuture.supplyAsync(() -> List.of(
        create(RunningGateway.restingBuy("bob").build())));
    List<Order> alices = alice.get(60, TimeUnit.SECONDS);
    List<Order> bobs = bob.get(60, TimeUnit.SECONDS);

    // the exchange: each key sees its own account's open orders, and only those
    assertThat(openOrderIds("alpha-key", "alpha-secret"))
        .containsExactlyInAnyOrder(alices.get(0).getExchangeOrderId(),
            alices.get(1).getExchangeOrderId());
    assertThat(openOrderIds("beta-key", "beta-secret"))
        .containsExactly(bobs.get(0).getExchangeOrderId());

    // the fill: alice's market order filled on alpha; bob's account holds none of it, and the
    // position it made is alpha's alone
    assertThat(alices.get(2).getState()).isEqualTo(OrderState.FILLED);
    assertThat(ordersOf("bob")).extracting(Order::getOrderId)
        .containsExactly(bobs.get(0).getOrderId());
    assertThat(ordersOf("bob")).allSatisfy(o -> assertThat(o.getFilledQuantity()).isZero());
    assertThat(exchange("alpha-key", "alpha-secret").positions().get(30, TimeUnit.SECONDS))
        .filteredOn(p -> p.symbol().equals("BTCUSDT"))
        .singleElement().satisfies(p -> assertThat(p.size()).isEqualByComparingTo("0.01"));
    assertThat(exchange("beta-key", "beta-secret").positions().get(30, TimeUnit.SECONDS))
        .filteredOn(p -> p.size().signum() != 0).isEmpty();

    // the limits: alpha's budget runs out (within two minute windows, should the test cross
    // into a new one), and beta's, used once, still takes an order right after
    assertThat(ordersUntilRefused("alice")).isLessThanOrEqualTo(2 * ORDER_BUDGET);
    assertThat(create(RunningGateway.restingBuy("bob").build()).getState())
        .isEqualTo(OrderState.SUBMITTED);
  }

  /** How many more orders {@code user} placed before one was refused for the rate limit. */
  private static int ordersUntilRefused(String user) {
    for (int placed = 0; placed <= 2 * ORDER_BUDGET; placed++) {
      try {
        create(RunningGateway.restingBuy(user).build());
      } catch (StatusRuntimeException e) {
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        return placed;
      }
    }
    throw new AssertionError(user + " was never refused by the order rate limit");
  }

  private static Order create(CreateOrderRequest request) {
    return running.orders().createOrder(request).getOrder();
  }

  private static CreateOrderRequest marketBuy(String user) {
    return CreateOrderRequest.newBuilder().setSymbol("BTCUSDT").setSide(OrderSide.BUY)
        .setType(OrderType.MARKET).setQuantity(0.01).setUserId(user).build();
  }

  private static List<Order> ordersOf(String user) {
    return running.orders().getOrders(GetOrdersRequest.newBuilder().setUserId(user).build())
        .getOrdersList();
  }

  /** The open orders the simulator holds for the account of this key, by exchange order id. */
  private static List<String> openOrderIds(String key, String secret) throws Exception {
    return exchange(key, secret).openOrders().get(30, TimeUnit.SECONDS).stream()
        .map(ExecutionReport::exchangeOrderId).toList();
  }

  /** The simulator's account of this key, through the gateway's own Binance client. */
  private static BinanceExchange exchange(String key, String secret) {
    return new BinanceExchange(new BinanceClientConfig(
        URI.create("http://127.0.0.1:" + simPort), new BinanceCredentials(key, secret),
        BinanceClientConfig.DEFAULT_RECV_WINDOW_MS, Duration.ofSeconds(10),
        InstantSource.system()));
  }
}
