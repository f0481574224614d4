package io.oes.cli.client;

import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.oes.api.AdminServiceGrpc;
import io.oes.api.OrderServiceGrpc;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * One gRPC channel to a gateway, for one command: plaintext or TLS, sending the API key with
 * every call when one is given. Closing it also ends any stream still open on it, which is how
 * {@code oes watch --count} stops.
 */
public final class GatewayChannel implements AutoCloseable {

  private final ManagedChannel channel;
  private final long timeoutMs;

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  /** A channel to {@code target}; a TLS file that cannot be read is an {@link IOException}. */
  GatewayChannel(HostPort target, long timeoutMs, ClientSecurity security) throws IOException {
    ManagedChannelBuilder<?> builder =
        Grpc.newChannelBuilder("dns:///" + target.authority(), security.credentials());
    security.apiKey().ifPresent(key -> {
      Metadata headers = new Metadata();
      headers.put(AUTHORIZATION, "Bearer " + key);
      builder.intercept(MetadataUtils.newAttachHeadersInterceptor(headers));
    });
    this.channel = builder.build();
    this.timeoutMs = timeoutMs;
  }

  /** The order service with the command's deadline, for one unary call. */
  public OrderServiceGrpc.OrderServiceBlockingStub orders() {
    return OrderServiceGrpc.newBlockingStub(channel)
        .withDeadlineAfter(timeoutMs, TimeUnit.MILLISECONDS);
  }

  /** The admin service (the kill switch) with the command's deadline, for one unary call. */
  public AdminServiceGrpc.AdminServiceBlockingStub admin() {
    return AdminServiceGrpc.newBlockingStub(channel)
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
