package io.oes.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import io.oes.api.CreateOrderRequest;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import io.oes.server.Gateway;
import io.oes.server.config.ConfigLoader;
import io.oes.sim.fault.FaultPlan;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The gateway opens its ports while its accounts are still reconciling at start: an order sent
 * then is refused as UNAVAILABLE (the account is reconciling), readiness says 503 and gRPC
 * health NOT_SERVING; once start-up is done, the same order goes through.
 */
@Timeout(120)
class OrdersWaitForStartupReconciliationTest {
  /** Every REST answer of the venue takes this long, so the reconciliation surely does. */
  private static final Duration VENUE_LATENCY = Duration.ofMillis(2_500);

  private Venue venue;
  private CompletableFuture<Gateway> starting;
  private ManagedChannel channel;

  @AfterEach
  void stop() throws Exception {
    if (channel != null) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    if (starting != null) {
      starting.get(60, TimeUnit.SECONDS).close();
    }
    if (venue != null) {
      venue.close();
    }
  }

  @Test
  void anOrderSentWhileTheAccountReconcilesAtStartIsRefusedUntilStartUpIsDone()
      throws Exception {
    venue = Venue.start(config -> config.withTickInterval(Duration.ZERO)
        .withFaults(FaultPlan.none().withLatency(VENUE_LATENCY, Duration.ZERO)));
    int grpcPort = freePort();
    int httpPort = freePort();
    String yaml = OesOnVenue.yaml(venue, "cancel_countdown_s: 0\n", "");
    starting = CompletableFuture.supplyAsync(() -> Gateway.start(new ConfigLoader(Map.of(
        "GRPC_PORT", String.valueOf(grpcPort), "HTTP_PORT", String.valueOf(httpPort)))
        .parse(yaml), "test"));

    StatusRuntimeException refused = firstAnswerOnceThePortIsOpen(grpcPort);

    assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(refused.getStatus().getDescription()).contains("reconciling");
    assertThat(readiness(httpPort)).isEqualTo(503);
    assertThat(starting).isNotDone();

    starting.get(60, TimeUnit.SECONDS);
    // a venue this slow fails the exchange's health check, so readiness needs it quick again
    venue.sim.injectFaults(FaultPlan.none());
    assertThat(readiness(httpPort)).isEqualTo(200);
    assertThat(orders().createOrder(order("after")).getState()).isEqualTo(OrderState.SUBMITTED);
  }

  @Test
  void grpcHealthSaysNotServingUntilStartUpIsDoneThenFollowsReadiness() throws Exception {
    venue = Venue.start(config -> config.withTickInterval(Duration.ZERO)
        .withFaults(FaultPlan.none().withLatency(VENUE_LATENCY, Duration.ZERO)));
    int grpcPort = freePort();
    String yaml = OesOnVenue.yaml(venue, "cancel_countdown_s: 0\n", "");
    starting = CompletableFuture.supplyAsync(() -> Gateway.start(new ConfigLoader(Map.of(
        "GRPC_PORT", String.valueOf(grpcPort), "HTTP_PORT", "0")).parse(yaml), "test"));
    awaitOpen(grpcPort);
    channel = NettyChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
    BlockingQueue<ServingStatus> watched = new LinkedBlockingQueue<>();
    HealthGrpc.newStub(channel).watch(HealthCheckRequest.getDefaultInstance(),
        new Watcher(watched));

    assertThat(watched.poll(10, TimeUnit.SECONDS)).isEqualTo(ServingStatus.NOT_SERVING);
    assertThat(HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance())
        .getStatus()).isEqualTo(ServingStatus.NOT_SERVING);
    assertThat(starting).isNotDone();

    starting.get(60, TimeUnit.SECONDS);
    // a venue this slow fails the exchange's health check: readiness needs it quick
    venue.sim.injectFaults(FaultPlan.none());
    awaitWatched(watched, ServingStatus.SERVING);
    venue.sim.injectFaults(FaultPlan.none().withLatency(VENUE_LATENCY, Duration.ZERO));
    awaitWatched(watched, ServingStatus.NOT_SERVING);
    venue.sim.injectFaults(FaultPlan.none());
    awaitWatched(watched, ServingStatus.SERVING);
  }

  private static void awaitWatched(BlockingQueue<ServingStatus> watched, ServingStatus expected)
      throws InterruptedException {
    ServingStatus seen;
    do {
      seen = watched.poll(30, TimeUnit.SECONDS);
      assertThat(seen).as("waiting for %s", expected).isNotNull();
    } while (seen != expected);
  }

  /** Hands every status a Watch call reports to a queue. */
  private record Watcher(BlockingQueue<ServingStatus> statuses)
      implements StreamObserver<HealthCheckResponse> {
    @Override
    public void onNext(HealthCheckResponse response) {
      statuses.add(response.getStatus());
    }

    @Override
    public void onError(Throwable t) {}

    @Override
    public void onCompleted() {}
  }

  /**
   * Waits for the gRPC port with plain connects (a channel that found it closed would back off
   * for seconds), then sends one order; the gateway must refuse it.
   */
  private StatusRuntimeException firstAnswerOnceThePortIsOpen(int grpcPort) throws Exception {
    awaitOpen(grpcPort);
    channel = NettyChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
    try {
      orders().createOrder(order("early"));
    } catch (StatusRuntimeException refused) {
      return refused;
    }
    throw new AssertionError("an order was accepted while the account was reconciling");
  }

  private static void awaitOpen(int port) throws Exception {
    for (int attempt = 0; attempt < 6_000; attempt++) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
        return;
      } catch (ConnectException e) {
        Thread.sleep(10);
      }
    }
    throw new AssertionError("the gRPC port never opened");
  }

  private OrderServiceGrpc.OrderServiceBlockingStub orders() {
    return OrderServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  private static CreateOrderRequest order(String clientOrderId) {
    return CreateOrderRequest.newBuilder().setSymbol("BTCUSDT").setSide(OrderSide.BUY)
        .setType(OrderType.LIMIT).setTimeInForce(TimeInForce.GTC).setQuantity(0.01)
        .setPrice(60000.0).setUserId("early").setClientOrderId(clientOrderId).build();
  }

  /** {@code /health/ready}'s status; the HTTP port opens beside the gRPC one, so wait for it. */
  private static int readiness(int httpPort) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpRequest ready = HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + httpPort + "/health/ready")).build();
      for (int attempt = 0; ; attempt++) {
        try {
          return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (ConnectException e) {
          if (attempt == 500) {
            throw e;
          }
          Thread.sleep(10);
        }
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
