package io.oes.server.grpc;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.oes.server.security.Authenticator;
import io.oes.server.security.GrpcTls;
import io.oes.server.security.GuardedServices;
import io.oes.server.security.InputLimits;
import io.oes.server.security.TlsSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The gRPC port: the given services plus server reflection (so {@code grpcurl list} works) and
 * the standard {@code grpc.health.v1.Health} service, whose status follows readiness.
 */
public final class GrpcEndpoint implements AutoCloseable {
  private final Server server;
  private final HealthStatusManager health = new HealthStatusManager();

  private GrpcEndpoint(String host, int port, List<BindableService> services,
      Authenticator authenticator, Optional<TlsSettings> tls) {
    NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(host, port))
        .maxInboundMessageSize(InputLimits.MAX_REQUEST_BYTES)
        .callExecutor(new InlineCalls());
    List<BindableService> all = new ArrayList<>(services);
    all.add(health.getHealthService());
    GuardedServices.install(builder, all, authenticator);
    tls.ifPresent(settings -> builder.sslContext(GrpcTls.serverContext(settings)));
    this.server = builder.build();
  }

  /**
   * Binds {@code host:port} (0: any free port) and serves, authenticating every call with
   * {@code authenticator} (which lets everyone in as admin when authentication is off) and
   * speaking TLS when {@code tls} is given.
   */
  public static GrpcEndpoint start(String host, int port, List<BindableService> services,
      Authenticator authenticator, Optional<TlsSettings> tls) throws IOException {
    GrpcEndpoint endpoint = new GrpcEndpoint(host, port, services, authenticator, tls);
    endpoint.server.start();
    endpoint.setServing(false);
    return endpoint;
  }

  public int port() {
    return server.getPort();
  }

  /** What grpc.health.v1 answers, for the whole server and for each service. */
  public void setServing(boolean serving) {
    ServingStatus status = serving ? ServingStatus.SERVING : ServingStatus.NOT_SERVING;
    health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, status);
    health.setStatus(io.oes.api.OrderServiceGrpc.SERVICE_NAME, status);
  }

  @Override
  public void close() {
    health.enterTerminalState();
    server.shutdown();
    try {
      if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
