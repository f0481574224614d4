package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.oes.api.CreateOrderRequest;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The client-side limits keep a burst from ever earning a 429 from the exchange. */
class RateLimitBurstTest {

  @Test
  void aBurstOfFiveHundredOrdersIsHeldBackByOesNeverRefusedByTheExchange() throws Exception {
    Map<String, Integer> outcomes = new ConcurrentHashMap<>();
    List<String> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();
    burst(RunningGateway.start(Map.of()), outcomes, refusals);
    System.out.println("burst of 500 market orders: " + outcomes);
    assertThat(outcomes.keySet()).as("every order filled or held back by oes, none rejected")
        .isSubsetOf("FILLED", "RESOURCE_EXHAUSTED");
    assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(500);
    assertThat(refusals).allSatisfy(message -> assertThat(message).contains("retry after"));
  }

  @Test
  void withBothLimitsTurnedOffForALoadTestEveryOrderOfTheBurstFills() throws Exception {
    Map<String, Integer> outcomes = new ConcurrentHashMap<>();
    burst(RunningGateway.start(Map.of(),
        "sim: {enforce_rate_limits: false}\nrate_limit: {enabled: false}\n"), outcomes,
        new java.util.concurrent.CopyOnWriteArrayList<>());
    assertThat(outcomes).containsExactly(Map.entry("FILLED", 500));
  }

  /** 500 minimal market orders from 8 threads, alternating sides; counts the outcomes. */
  private static void burst(RunningGateway gateway, Map<String, Integer> outcomes,
      List<String> refusals) throws Exception {
    try (RunningGateway running = gateway) {
      ExecutorService senders = Executors.newFixedThreadPool(8);
      List<Future<?>> sent = IntStream.range(0, 500).<Future<?>>mapToObj(i -> senders.submit(() -> {
        CreateOrderRequest market = CreateOrderRequest.newBuilder().setSymbol("BTCUSDT")
            .setSide(i % 2 == 0 ? OrderSide.BUY : OrderSide.SELL).setType(OrderType.MARKET)
            .setQuantity(0.002).setUserId("burst").build();
        try {
          OrderState state = running.orders().createOrder(market).getState();
          outcomes.merge(state.name(), 1, Integer::sum);
        } catch (StatusRuntimeException e) {
          outcomes.merge(e.getStatus().getCode().name(), 1, Integer::sum);
          if (e.getStatus().getCode() == Status.Code.RESOURCE_EXHAUSTED) {
            refusals.add(e.getStatus().getDescription());
          } else {
            System.out.println("burst: refused " + e.getStatus());
          }
        }
      })).toList();
      for (Future<?> order : sent) {
        order.get();
      }
      senders.shutdown();
    }
  }
}
