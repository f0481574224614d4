package io.oes.cli.client;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.oes.api.GetOrdersRequest;
import io.oes.api.GetOrdersResponse;
import io.oes.api.Order;
import io.oes.api.OrderServiceGrpc;
import io.oes.server.config.value.Secret;
import io.oes.server.security.ApiKeyHash;
import io.oes.server.security.AuthInterceptor;
import io.oes.server.security.Authenticator;
import io.oes.server.security.GrpcTls;
import io.oes.server.security.KeyGrant;
import io.oes.server.security.Ownership;
import io.oes.server.security.SecuritySettings;
import io.oes.server.security.TlsSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A gRPC server that authenticates as the gateway does (one API key for user alice) and whose
 * GetOrders answers one order owned by the caller's user, so a test sees who the CLI was.
 */
final class SecuredGateway implements AutoCloseable {

  private final Server server;

  SecuredGateway(String apiKey, TlsSettings tls) throws IOException {
    KeyGrant alice = new KeyGrant("alice-cli", "alice", List.of("read"),
        Secret.of(ApiKeyHash.of(apiKey).toConfigText()));
    Authenticator authenticator = Authenticator.of(new SecuritySettings(List.of(alice),
        List.of(), Optional.ofNullable(tls), Optional.empty(), false, 4));
    NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
        .addService(new WhoAmI()).intercept(new AuthInterceptor(authenticator));
    if (tls != null) {
      builder.sslContext(GrpcTls.serverContext(tls));
    }
    server = builder.build().start();
  }

  String target() {
    return "localhost:" + server.getPort();
  }

  @Override
  public void close() {
    try {
      server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class WhoAmI extends OrderServiceGrpc.OrderServiceImplBase {
    @Override
    public void getOrders(GetOrdersRequest request, StreamObserver<GetOrdersResponse> out) {
      String user = Ownership.ofCaller().checkUserId(request.getUserId());
      out.onNext(GetOrdersResponse.newBuilder().addOrders(Order.newBuilder().setOrderId("o1")
          .setUserId(user)).build());
      out.onCompleted();
    }
  }
}
