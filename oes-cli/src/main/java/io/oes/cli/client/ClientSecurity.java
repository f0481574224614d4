package io.oes.cli.client;

import io.grpc.ChannelCredentials;
import io.grpc.InsecureChannelCredentials;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How a command proves who it is and whom it talks to: an API key sent as {@code authorization:
 * Bearer <key>} with every call, and TLS (optionally with a client certificate for mutual TLS).
 *
 * @param apiKey the key, when the gateway requires one
 * @param tls whether to use TLS; implied by any of the files
 * @param caCert the CA that signed the gateway's certificate; empty: the system's trusted CAs
 * @param clientCert the client certificate (PEM), for mutual TLS
 * @param clientKey its PKCS#8 PEM private key
 */
public record ClientSecurity(Optional<String> apiKey, boolean tls, Optional<Path> caCert,
    Optional<Path> clientCert, Optional<Path> clientKey) {

  /** No key, no TLS: the embedded default on loopback. */
  public static final ClientSecurity PLAINTEXT = new ClientSecurity(Optional.empty(), false,
      Optional.empty(), Optional.empty(), Optional.empty());

  public ClientSecurity {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(caCert, "caCert");
    Objects.requireNonNull(clientCert, "clientCert");
    Objects.requireNonNull(clientKey, "clientKey");
  }

  public boolean usesTls() {
    return tls || caCert.isPresent() || clientCert.isPresent();
  }

  /** The channel credentials; a file that cannot be read is an {@link IOException}. */
  ChannelCredentials credentials() throws IOException {
    if (!usesTls()) {
      return InsecureChannelCredentials.create();
    }
    TlsChannelCredentials.Builder builder = TlsChannelCredentials.newBuilder();
    if (caCert.isPresent()) {
      builder.trustManager(caCert.get().toFile());
    }
    if (clientCert.isPresent() && clientKey.isPresent()) {
      builder.keyManager(clientCert.get().toFile(), clientKey.get().toFile());
    }
    return builder.build();
  }

  // Prints no key: a record's generated toString would.
  @Override
  public String toString() {
    return "ClientSecurity[apiKey=" + apiKey.map(k -> "***").orElse("none") + ", tls="
        + usesTls() + ", caCert=" + caCert + ", clientCert=" + clientCert + "]";
  }
}
