package io.oes.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.oes.api.CreateOrderRequest;
import io.oes.api.OrderServiceGrpc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * TLS and mutual TLS on the gRPC port with a CA, server and client certificates made at test
 * time: who gets in, who is refused, and how a client certificate becomes a principal.
 */
class GrpcTlsTest {

  private static final TestCertificates PKI = TestCertificates.get();
  private SecuredServer server;
  private ManagedChannel channel;

  @AfterEach
  void stop() throws InterruptedException {
    if (channel != null) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    server.close();
  }

  private void start(Authenticator authenticator, TlsSettings tls) throws IOException {
    server = new SecuredServer(authenticator, tls,
        List.of(new OwnedOrders(new StreamQuota(4))));
  }

  private String health(ChannelCredentials credentials) {
    channel = Grpc.newChannelBuilderForAddress("localhost", server.port(), credentials).build();
    return HealthGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
        .check(HealthCheckRequest.getDefaultInstance()).getStatus().name();
  }

  private static ChannelCredentials trusting() throws IOException {
    return TlsChannelCredentials.newBuilder().trustManager(PKI.caCert.toFile()).build();
  }

  private static ChannelCredentials presenting(Path cert, Path key) throws IOException {
    return TlsChannelCredentials.newBuilder().trustManager(PKI.caCert.toFile())
        .keyManager(cert.toFile(), key.toFile()).build();
  }

  private static void assertRefused(ThrowingCall call) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, e ->
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
  }

  @Test
  void aClientThatTrustsTheCaTalksTls() throws IOException {
    start(Authenticator.off(), TlsSettings.serverOnly(PKI.serverCert, PKI.serverKey));

    assertThat(health(trusting())).isEqualTo("SERVING");
  }

  @Test
  void aPlaintextClientCannotTalkToATlsPort() throws IOException {
    start(Authenticator.off(), TlsSettings.serverOnly(PKI.serverCert, PKI.serverKey));
    channel = server.plaintextChannel();

    assertRefused(() -> HealthGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
        .check(HealthCheckRequest.getDefaultInstance()));
  }

  @Test
  void mutualTlsAcceptsAClientCertificateSignedByTheCa() throws IOException {
    start(Authenticator.off(), TlsSettings.mutual(PKI.serverCert, PKI.serverKey, PKI.caCert));

    assertThat(health(presenting(PKI.clientCert, PKI.clientKey))).isEqualTo("SERVING");
  }

  @Test
  void mutualTlsRefusesAClientWithoutACertificate() throws IOException {
    start(Authenticator.off(), TlsSettings.mutual(PKI.serverCert, PKI.serverKey, PKI.caCert));

    assertRefused(() -> health(trusting()));
  }

  @Test
  void mutualTlsRefusesACertificateFromAnotherCa() throws IOException {
    start(Authenticator.off(), TlsSettings.mutual(PKI.serverCert, PKI.serverKey, PKI.caCert));

    assertRefused(() -> health(presenting(PKI.strangerCert, PKI.strangerKey)));
  }

  @Test
  void aMappedClientCertificateIsThePrincipalOfItsCalls() throws IOException {
    SecuritySettings settings = new SecuritySettings(List.of(),
        List.of(new CertificateGrant("alice-bot", "alice", List.of("trade", "read"))),
        Optional.of(TlsSettings.mutual(PKI.serverCert, PKI.serverKey, PKI.caCert)),
        Optional.empty(), false, 4);
    start(Authenticator.of(settings), settings.grpcTls().orElseThrow());
    channel = Grpc.newChannelBuilderForAddress("localhost", server.port(),
        presenting(PKI.clientCert, PKI.clientKey)).build();
    var orders = OrderServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);

    assertThat(orders.createOrder(CreateOrderRequest.newBuilder().setSymbol("BTCUSDT").build())
        .getOrder().getUserId()).isEqualTo("alice");
    assertThatThrownBy(() -> orders.createOrder(CreateOrderRequest.newBuilder()
        .setSymbol("BTCUSDT").setUserId("bob").build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e ->
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
  }

  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws Exception;
  }
}
