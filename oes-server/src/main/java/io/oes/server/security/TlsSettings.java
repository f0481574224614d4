package io.oes.server.security;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * TLS for one listening port. Files are PEM; the private key is unencrypted PKCS#8 ({@code
 * BEGIN PRIVATE KEY}, what {@code openssl genpkey} and {@code openssl req -nodes} write), RSA or
 * EC.
 *
 * @param certificateChain the server certificate, then any intermediates
 * @param privateKey the server certificate's key
 * @param clientCa the CA(s) that sign client certificates; needed unless {@code clientAuth} is
 *     {@link ClientAuth#NONE}
 * @param clientAuth whether clients must present a certificate
 */
public record TlsSettings(
    Path certificateChain, Path privateKey, Optional<Path> clientCa, ClientAuth clientAuth) {

  public TlsSettings {
    Objects.requireNonNull(certificateChain, "certificateChain");
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(clientCa, "clientCa");
    Objects.requireNonNull(clientAuth, "clientAuth");
  }

  /** Server-only TLS. */
  public static TlsSettings serverOnly(Path certificateChain, Path privateKey) {
    return new TlsSettings(certificateChain, privateKey, Optional.empty(), ClientAuth.NONE);
  }

  /** Mutual TLS: clients must present a certificate signed by {@code clientCa}. */
  public static TlsSettings mutual(Path certificateChain, Path privateKey, Path clientCa) {
    return new TlsSettings(certificateChain, privateKey, Optional.of(clientCa),
        ClientAuth.REQUIRE);
  }
}
