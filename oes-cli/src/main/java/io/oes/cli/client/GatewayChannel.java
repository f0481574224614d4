package io.oes.cli.client;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.oes.api.OrderServiceGrpc;
import java.util.concurrent.TimeUnit;

/**
 * One plaintext gRPC channel to a gateway, for one command. Closing it also ends any stream
 * still open on it, which is how {@code oes watch --count} stops.
 */
public final class GatewayChannel implements AutoCloseable {

  private final ManagedChannel channel;
  private final long timeoutMs;

  GatewayChannel(HostPort target, long timeoutMs) {
    this.channel = Grpc.newChannelBuilder("dns:///" + target.authority(),
        InsecureChannelCredentials.create()).build();
    this.timeoutMs = timeoutMs;
  }

  /** The order service with the command's deadline, for one unary call. */
  public OrderServiceGrpc.OrderServiceBlockingStub orders() {
    return OrderServiceGrpc.newBlockingStub(channel)
        .withDeadlineAfter(timeoutMs, TimeUnit.MILLISECONDS);
  }

  /** The order service without a deadline, for a stream that lasts as long as the user wants. */
  public OrderServiceGrpc.OrderServiceBlockingStub ordersWithoutDeadline() {
    return OrderServiceGrpc.newBlockingStub(channel);
  }

  /** What the server offers, asked through server reflection. */
  public ServiceCatalog catalog() {
    return ServiceCatalog.fetch(channel, timeoutMs);
  }

  @Override
  public void close() {
    channel.shutdownNow();
    try {
      channel.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
