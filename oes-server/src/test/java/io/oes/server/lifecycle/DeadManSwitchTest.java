package io.oes.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.oes.api.CreateOrderRequest;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dead-man switch as an operator relies on it: while oes lives it keeps the exchange's
 * auto-cancel countdown armed, so resting orders stay; when the oes process is killed outright
 * the countdown runs out and the exchange cancels every resting order of the account.
 */
@Timeout(120)
class DeadManSwitchTest {
  private static final int COUNTDOWN_S = 3;

  private Venue venue;
  private GatewayProcess oes;
  private ManagedChannel channel;

  @AfterEach
  void stop() throws Exception {
    if (channel != null) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    if (oes != null) {
      oes.close();
    }
    if (venue != null) {
      venue.close();
    }
  }

  @Test
  void aKilledOesWithAnArmedCountdownLeavesNoRestingOrderOnTheExchange(@TempDir Path dir)
      throws Exception {
    venue = Venue.still();
    Path config = Files.writeString(dir.resolve("oes.yaml"), OesOnVenue.yaml(venue,
        "cancel_countdown_s: " + COUNTDOWN_S + "\nreconcile_interval_s: 30\n", ""));
    oes = GatewayProcess.start(config);
    channel = NettyChannelBuilder.forAddress("127.0.0.1", oes.awaitReady()).usePlaintext()
        .build();
    var orders = OrderServiceGrpc.newBlockingStub(channel);
    for (String symbol : List.of("BTCUSDT", "BTCUSDT", "BTCUSDT", "ETHUSDT", "ETHUSDT")) {
      boolean btc = symbol.equals("BTCUSDT");
      var created = orders.withDeadlineAfter(30, TimeUnit.SECONDS).createOrder(
          CreateOrderRequest.newBuilder().setUserId("sleeper").setSymbol(symbol)
              .setSide(OrderSide.BUY).setType(OrderType.LIMIT).setTimeInForce(TimeInForce.GTC)
              .setQuantity(btc ? 0.002 : 0.05).setPrice(btc ? 90000.0 : 3400.0).build());
      assertThat(created.getState()).isEqualTo(OrderState.SUBMITTED);
    }
    assertThat(venue.oesAccount.openOrders()).hasSize(5);

    Thread.sleep(Duration.ofSeconds(COUNTDOWN_S + 2));
    assertThat(venue.oesAccount.openOrders()).as("resting while oes keeps the countdown armed")
        .hasSize(5);

    oes.kill();
    long killed = System.nanoTime();
    long deadline = killed + Duration.ofSeconds(COUNTDOWN_S + 5).toNanos();
    List<JsonNode> open = venue.oesAccount.openOrders();
    while (!open.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      open = venue.oesAccount.openOrders();
    }
    long emptiedMs = (System.nanoTime() - killed) / 1_000_000;
    assertThat(open).as("open orders %d s after the kill", COUNTDOWN_S + 5).isEmpty();
    assertThat(emptiedMs).as("ms until the exchange had canceled them")
        .isLessThanOrEqualTo((COUNTDOWN_S + 5) * 1000L);
    for (String symbol : List.of("BTCUSDT", "ETHUSDT")) {
      assertThat(venue.oesAccount.allOrders(symbol)).extracting(o -> o.path("status").asText())
          .containsOnly("CANCELED");
    }
    System.out.printf("dead-man: 5 resting orders canceled by the exchange %d ms after the kill"
        + " (countdown %d s)%n", emptiedMs, COUNTDOWN_S);
  }
}
