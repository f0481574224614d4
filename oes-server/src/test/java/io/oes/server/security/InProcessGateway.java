package io.oes.server.security;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.oes.api.CreateOrderRequest;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderSide;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import io.oes.server.Gateway;
import io.oes.server.config.ConfigLoader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real gateway started as {@code oes serve} would (simulator, free loopback ports) but with
 * the order store in memory, so runs leave nothing behind; one plaintext channel to it.
 */
final class InProcessGateway implements AutoCloseable {

  /** Keeps test runs hermetic: the default store is a file under ./data. */
  static final String IN_MEMORY = "store: {type: memory}\n";

  final Gateway gateway;
  final ManagedChannel channel;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private InProcessGateway(Gateway gateway) {
    this.gateway = gateway;
    this.channel = NettyChannelBuilder.forAddress("127.0.0.1", gateway.grpcPort())
        .usePlaintext().build();
  }

  static InProcessGateway start() {
    return start(Map.of(), IN_MEMORY);
  }

  /** Configured by {@code yaml} and {@code env} on top of free ports. */
  static InProcessGateway start(Map<String, String> env, String yaml) {
    Map<String, String> all = new HashMap<>(Map.of("GRPC_PORT", "0", "HTTP_PORT", "0"));
    all.putAll(env);
    return new InProcessGateway(Gateway.start(new ConfigLoader(all).parse(yaml), "test"));
  }

  OrderServiceGrpc.OrderServiceBlockingStub orders() {
    return OrderServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  /** GET on the HTTP port. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.httpPort()
        + path)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A BUY well below the simulator's BTCUSDT market that passes every rule: it rests. */
  static CreateOrderRequest.Builder restingBuy(String userId) {
    return CreateOrderRequest.newBuilder().setSymbol("BTCUSDT").setSide(OrderSide.BUY)
        .setType(OrderType.LIMIT).setTimeInForce(TimeInForce.GTC).setQuantity(0.01)
        .setPrice(60000.0).setUserId(userId);
  }

  @Override
  public void close() {
    try {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    http.close();
    gateway.close();
  }
}
