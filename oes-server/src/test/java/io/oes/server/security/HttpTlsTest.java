package io.oes.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * HTTPS on the operator port through {@link HttpTls}, mutual TLS, and admin endpoints behind
 * {@link HttpGuard}, with Javalin configured the way the gateway's HTTP API is to be.
 */
class HttpTlsTest {

  private static final TestCertificates PKI = TestCertificates.get();
  private static final TestKeys KEYS = new TestKeys();
  private Javalin app;

  @AfterEach
  void stop() {
    app.stop();
  }

  private void start(TlsSettings tls, Authenticator authenticator) {
    app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.jetty.addConnector((server, http) ->
          HttpTls.connector(server, http, "127.0.0.1", 0, tls));
    });
    app.before("/admin/*", HttpGuard.requiring(authenticator, Scope.ADMIN));
    app.get("/health/live", ctx -> ctx.result("alive"));
    app.post("/admin/halt", ctx -> ctx.result("halted"));
    app.options("/*", ctx -> ctx.status(204));
    app.start("127.0.0.1", 0);
  }

  private HttpResponse<String> send(SSLContext tls, String method, String path, String key)
      throws IOException, InterruptedException {
    return send(tls, method, path, key, null);
  }

  /** With {@code xApiKey}, the request carries that key in {@code X-Api-Key} too. */
  private HttpResponse<String> send(SSLContext tls, String method, String path, String key,
      String xApiKey) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("https://localhost:" + app.port() + path)).timeout(Duration.ofSeconds(10))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (xApiKey != null) {
      request.header("X-Api-Key", xApiKey);
    }
    try (HttpClient client = HttpClient.newBuilder().sslContext(tls).build()) {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private static SSLContext client(boolean withCertificate) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("ca", PemFiles.certificates(PKI.caCert).get(0));
    TrustManagerFactory trusts = TrustManagerFactory.getInstance("PKIX");
    trusts.init(trust);
    KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX");
    KeyStore own = KeyStore.getInstance("PKCS12");
    own.load(null, null);
    if (withCertificate) {
      own.setKeyEntry("me", PemFiles.privateKey(PKI.clientKey), new char[0],
          PemFiles.certificates(PKI.clientCert).toArray(X509Certificate[]::new));
    }
    keys.init(own, new char[0]);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), trusts.getTrustManagers(), null);
    return context;
  }

  @Test
  void theHttpPortServesHttpsFromThePemFiles() throws Exception {
    start(TlsSettings.serverOnly(PKI.serverCert, PKI.serverKey), Authenticator.off());

    HttpResponse<String> live = send(client(false), "GET", "/health/live", null);

    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).isEqualTo("alive");
  }

  @Test
  void mutualTlsOnHttpRefusesAClientWithoutACertificate() throws Exception {
    start(TlsSettings.mutual(PKI.serverCert, PKI.serverKey, PKI.caCert), Authenticator.off());

    assertThat(send(client(true), "GET", "/health/live", null).statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> send(client(false), "GET", "/health/live", null))
        .isInstanceOf(IOException.class);
  }

  @Test
  void adminEndpointsNeedAnAdminKey() throws Exception {
    start(TlsSettings.serverOnly(PKI.serverCert, PKI.serverKey),
        Authenticator.of(KEYS.settings(4)));
    SSLContext tls = client(false);

    HttpResponse<String> anonymous = send(tls, "POST", "/admin/halt", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(send(tls, "POST", "/admin/halt", "oes_wrong").statusCode()).isEqualTo(401);
    assertThat(send(tls, "POST", "/admin/halt", KEYS.aliceTrader).statusCode()).isEqualTo(403);
    HttpResponse<String> admin = send(tls, "POST", "/admin/halt", KEYS.admin);
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).isEqualTo("halted");
    assertThat(send(tls, "GET", "/health/live", null).statusCode()).isEqualTo(200);
    assertThat(send(tls, "OPTIONS", "/admin/halt", null).statusCode()).isNotIn(401, 403);
  }

  @Test
  void twoDifferentKeysInOneRequestAreRefusedEvenWhenOneIsAnAdminsKey() throws Exception {
    start(TlsSettings.serverOnly(PKI.serverCert, PKI.serverKey),
        Authenticator.of(KEYS.settings(4)));
    SSLContext tls = client(false);

    HttpResponse<String> both = send(tls, "POST", "/admin/halt", KEYS.admin,
        KEYS.aliceTrader);
    assertThat(both.statusCode()).isEqualTo(401);
    assertThat(both.body()).contains(PresentedKey.CONFLICT_MESSAGE).doesNotContain(KEYS.admin);
    assertThat(send(tls, "POST", "/admin/halt", KEYS.admin, KEYS.admin).statusCode())
        .isEqualTo(200);
  }

  @Test
  void aMappedClientCertificateIsAnAdminOnHttpToo() throws Exception {
    SecuritySettings settings = new SecuritySettings(List.of(),
        List.of(new CertificateGrant("alice-bot", "alice", List.of("admin"))),
        Optional.of(TlsSettings.mutual(PKI.serverCert, PKI.serverKey, PKI.caCert)),
        Optional.of(TlsSettings.mutual(PKI.serverCert, PKI.serverKey, PKI.caCert)), false, 4);
    start(settings.httpTls().orElseThrow(), Authenticator.of(settings));

    assertThat(send(client(true), "POST", "/admin/halt", null).statusCode()).isEqualTo(200);
  }
}
