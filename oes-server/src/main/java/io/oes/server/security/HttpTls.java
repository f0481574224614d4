package io.oes.server.security;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * An HTTPS connector for the HTTP port (Jetty under Javalin), from the same PEM files as gRPC.
 * Pass it to Javalin with {@code config.jetty.addConnector((server, http) -> HttpTls.connector(
 * server, http, host, port, tls))}; Javalin then opens no plaintext connector of its own.
 */
public final class HttpTls {

  private static final String ALIAS = "oes";

  private HttpTls() {}

  /**
   * A connector on {@code host:port} (0: any free port) speaking HTTPS; with a client CA it
   * asks for (OPTIONAL) or demands (REQUIRE) client certificates.
   */
  public static ServerConnector connector(Server server, HttpConfiguration base, String host,
      int port, TlsSettings tls) {
    HttpConfiguration https = new HttpConfiguration(base);
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    // Health probes and scrapers address the port by IP; the certificate names need not match.
    secure.setSniHostCheck(false);
    https.addCustomizer(secure);
    ServerConnector connector = new ServerConnector(server,
        new SslConnectionFactory(sslContextFactory(tls), HttpVersion.HTTP_1_1.asString()),
        new HttpConnectionFactory(https));
    connector.setHost(host);
    connector.setPort(port);
    return connector;
  }

  static SslContextFactory.Server sslContextFactory(TlsSettings tls) {
    // The key store lives only in memory, so its password protects nothing; it must merely exist.
    String password = randomPassword();
    SslContextFactory.Server factory = new SslContextFactory.Server();
    factory.setKeyStore(keyStore(tls, password));
    factory.setKeyStorePassword(password);
    factory.setKeyManagerPassword(password);
    tls.clientCa().ifPresent(ca -> factory.setTrustStore(trustStore(PemFiles.certificates(ca))));
    factory.setNeedClientAuth(tls.clientAuth() == ClientAuth.REQUIRE);
    factory.setWantClientAuth(tls.clientAuth() == ClientAuth.OPTIONAL);
    return factory;
  }

  private static KeyStore keyStore(TlsSettings tls, String password) {
    List<X509Certificate> chain = PemFiles.certificates(tls.certificateChain());
    KeyStore store = emptyStore();
    try {
      store.setKeyEntry(ALIAS, PemFiles.privateKey(tls.privateKey()), password.toCharArray(),
          chain.toArray(X509Certificate[]::new));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(tls.privateKey() + ": the key does not fit "
          + tls.certificateChain(), e);
    }
    return store;
  }

  private static KeyStore trustStore(List<X509Certificate> authorities) {
    KeyStore store = emptyStore();
    try {
      for (int i = 0; i < authorities.size(); i++) {
        store.setCertificateEntry("ca-" + i, authorities.get(i));
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot hold a CA certificate in memory", e);
    }
    return store;
  }

  private static KeyStore emptyStore() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("every JDK has PKCS12 key stores", e);
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
