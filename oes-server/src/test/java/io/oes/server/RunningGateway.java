package io.oes.server;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderSide;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import io.oes.server.config.ConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A gateway in its embedded default on free ports (its SQLite store in a fresh temporary folder),
 * with a client channel, for tests.
 */
final class RunningGateway implements AutoCloseable {
  final Gateway gateway;
  final ManagedChannel channel;

  private RunningGateway(Gateway gateway) {
    this.gateway = gateway;
    this.channel = NettyChannelBuilder.forAddress("127.0.0.1", gateway.grpcPort()).usePlaintext()
        .build();
  }

  /** Starts one; {@code env} adds to the variables that put it on free ports. */
  static RunningGateway start(Map<String, String> env) {
    return start(env, "");
  }

  /** Starts one configured by {@code yaml} (ports still free ones). */
  static RunningGateway start(Map<String, String> env, String yaml) {
    Map<String, String> all = new HashMap<>(Map.of("GRPC_PORT", "0", "HTTP_PORT", "0",
        "DATABASE_URL", "jdbc:sqlite:" + temporaryFolder() + "/oes.db"));
    all.putAll(env);
    return new RunningGateway(Gateway.start(new ConfigLoader(all).parse(yaml), "test"));
  }

  /** A loopback port free now, for a server the test starts soon after. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("oes-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the gateway's {@code /metrics} shows now. */
  String metrics() throws IOException, InterruptedException {
    return ScrapedMetrics.of(gateway.httpPort());
  }

  OrderServiceGrpc.OrderServiceBlockingStub orders() {
    return OrderServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  /** A BUY far below the simulator's BTCUSDT market: it rests. */
  static CreateOrderRequest.Builder restingBuy(String userId) {
    return CreateOrderRequest.newBuilder().setSymbol("BTCUSDT").setSide(OrderSide.BUY)
        .setType(OrderType.LIMIT).setTimeInForce(TimeInForce.GTC).setQuantity(0.01)
        .setPrice(60000.0).setUserId(userId);
  }

  /** Places one resting order of {@code user} and cancels it: three updates. */
  void placeAndCancel(String user) {
    String id = orders().createOrder(restingBuy(user).build()).getOrderId();
    orders().cancelOrder(CancelOrderRequest.newBuilder().setOrderId(id).build());
  }

  @Override
  public void close() {
    channel.shutdownNow();
    try {
      channel.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    gateway.close();
  }
}
