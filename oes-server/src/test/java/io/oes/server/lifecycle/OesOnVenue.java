package io.oes.server.lifecycle;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.oes.api.GetOrderRequest;
import io.oes.api.GetOrdersRequest;
import io.oes.api.GetOrdersResponse;
import io.oes.api.Order;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.StreamOrderUpdatesRequest;
import io.oes.core.order.ExchangeClientIds;
import io.oes.server.Gateway;
import io.oes.server.config.ConfigLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A gateway in testnet mode pointed at a {@link Venue}'s simulator over its real HTTP and
 * WebSocket protocol, trading for the venue's first account, with an in-memory store and no
 * training run before ready (unless {@code topLevel} sets a server section); and a gRPC client
 * channel to it.
 */
final class OesOnVenue implements AutoCloseable {
  final Gateway gateway;
  final ManagedChannel channel;

  private OesOnVenue(Gateway gateway) {
    this.gateway = gateway;
    this.channel = NettyChannelBuilder.forAddress("127.0.0.1", gateway.grpcPort())
        .usePlaintext().build();
  }

  /**
   * Starts a gateway on {@code venue}. {@code exchangeKeys} are further YAML lines of the
   * {@code exchange} section (e.g. {@code reconcile_interval_s: 2}); {@code topLevel} further
   * top-level YAML.
   */
  static OesOnVenue start(Venue venue, String exchangeKeys, String topLevel) {
    return start(venue, exchangeKeys, topLevel, "type: memory");
  }

  /** As {@link #start(Venue, String, String)}, on the store {@code storeKeys} describe. */
  static OesOnVenue start(Venue venue, String exchangeKeys, String topLevel, String storeKeys) {
    return start(yaml(venue, exchangeKeys, topLevel, storeKeys));
  }

  /** A gateway configured by {@code yaml} alone (on free ports). */
  static OesOnVenue start(String yaml) {
    return start(yaml, Map.of("GRPC_PORT", "0", "HTTP_PORT", "0"));
  }

  /** A gateway configured by {@code yaml} and the environment {@code env}. */
  static OesOnVenue start(String yaml, Map<String, String> env) {
    return new OesOnVenue(Gateway.start(new ConfigLoader(env).parse(yaml), "test"));
  }

  /** The configuration {@link #start} uses. */
  static String yaml(Venue venue, String exchangeKeys, String topLevel) {
    return yaml(venue, exchangeKeys, topLevel, "type: memory");
  }

  /** The configuration {@link #start(Venue, String, String, String)} uses. */
  static String yaml(Venue venue, String exchangeKeys, String topLevel, String storeKeys) {
    StringBuilder yaml = new StringBuilder()
        .append("exchange:\n")
        .append("  mode: testnet\n")
        .append("  base_url: ").append(venue.sim.baseUrl()).append('\n')
        .append("  ws_url: ").append(venue.sim.webSocketUrl()).append('\n');
    exchangeKeys.lines().forEach(line -> yaml.append("  ").append(line).append('\n'));
    yaml.append("  accounts:\n")
        .append("    - id: main\n")
        .append("      api_key: ").append(venue.oesAccount.apiKey).append('\n')
        .append("      secret_key: ").append(venue.oesAccount.secretKey).append('\n')
        .append("store:\n");
    storeKeys.lines().forEach(line -> yaml.append("  ").append(line).append('\n'));
    yaml.append(topLevel);
    return yaml.toString();
  }

  OrderServiceGrpc.OrderServiceBlockingStub orders() {
    return OrderServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  Order order(String orderId) {
    return orders().getOrder(GetOrderRequest.newBuilder().setOrderId(orderId).build()).getOrder();
  }

  /** Every order of {@code userId}, newest first, through every page. */
  List<Order> ordersOf(String userId) {
    List<Order> all = new ArrayList<>();
    String token = "";
    do {
      GetOrdersResponse page = orders().getOrders(GetOrdersRequest.newBuilder().setUserId(userId)
          .setLimit(1000).setPageToken(token).build());
      all.addAll(page.getOrdersList());
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return all;
  }

  /** Subscribes to {@code userId}'s updates; {@code fromSequence} 0 means live ones only. */
  UpdateRecorder subscribe(String userId, long fromSequence) {
    UpdateRecorder recorder = new UpdateRecorder();
    OrderServiceGrpc.newStub(channel).streamOrderUpdates(StreamOrderUpdatesRequest.newBuilder()
        .setUserId(userId).setFromSequence(fromSequence).build(), recorder);
    return recorder;
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

  /** The client order id the gateway sends the venue for {@code order} (account main). */
  static String exchangeClientIdOf(Order order) {
    return ExchangeClientIds.of("oes-", "main", order.getUserId(), order.getClientOrderId());
  }
}
