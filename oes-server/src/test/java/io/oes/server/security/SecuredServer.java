package io.oes.server.security;

import io.grpc.BindableService;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A gRPC server on a free loopback port wired as the gateway's endpoint is to be: the given
 * services plus health and reflection, every one behind the request guards ({@link
 * GuardedServices}), optionally over TLS from {@link GrpcTls}.
 */
final class SecuredServer implements AutoCloseable {

  private final Server server;
  private final HealthStatusManager health = new HealthStatusManager();

  SecuredServer(Authenticator authenticator, TlsSettings tls, List<BindableService> services)
      throws IOException {
    NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0));
    List<BindableService> all = new ArrayList<>(services);
    all.add(health.getHealthService());
    GuardedServices.install(builder, all, authenticator);
    if (tls != null) {
      builder.sslContext(GrpcTls.serverContext(tls));
    }
    server = builder.build().start();
  }

  int port() {
    return server.getPort();
  }

  ManagedChannel plaintextChannel() {
    return NettyChannelBuilder.forAddress("127.0.0.1", port()).usePlaintext().build();
  }

  /** {@code stub} sending {@code authorization: Bearer <key>}. */
  static <S extends AbstractStub<S>> S withBearer(S stub, String key) {
    return withHeader(stub, AuthInterceptor.AUTHORIZATION, "Bearer " + key);
  }

  static <S extends AbstractStub<S>> S withHeader(S stub, Metadata.Key<String> header,
      String value) {
    Metadata headers = new Metadata();
    headers.put(header, value);
    return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
        .withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    try {
      server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
