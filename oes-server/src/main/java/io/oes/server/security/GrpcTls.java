package io.oes.server.security;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLException;

/**
 * The TLS context of the gRPC port, for {@code NettyServerBuilder.sslContext(...)}: the server
 * certificate, and with a client CA, client certificates verified against it (mutual TLS).
 */
public final class GrpcTls {

  private GrpcTls() {}

  /**
   * Reads the files of {@code tls} and builds the server context (HTTP/2 over TLS, ALPN).
   *
   * @throws IllegalArgumentException a file is missing or not the PEM it should be
   */
  public static SslContext serverContext(TlsSettings tls) {
    X509Certificate[] chain =
        PemFiles.certificates(tls.certificateChain()).toArray(X509Certificate[]::new);
    SslContextBuilder builder = SslContextBuilder.forServer(
        PemFiles.privateKey(tls.privateKey()), chain);
    tls.clientCa().ifPresent(ca ->
        builder.trustManager(PemFiles.certificates(ca).toArray(X509Certificate[]::new)));
    builder.clientAuth(switch (tls.clientAuth()) {
      case NONE -> io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth.NONE;
      case OPTIONAL -> io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth.OPTIONAL;
      case REQUIRE -> io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth.REQUIRE;
    });
    try {
      return GrpcSslContexts.configure(builder).build();
    } catch (SSLException e) {
      throw new IllegalArgumentException("gRPC TLS: " + e.getMessage(), e);
    }
  }
}
