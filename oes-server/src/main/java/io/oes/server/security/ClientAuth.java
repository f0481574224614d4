package io.oes.server.security;

import io.oes.server.config.value.ConfigChoice;
import java.nio.file.Path;
import java.util.Optional;

/** Whether a TLS server asks for client certificates ({@code none|optional|require} in YAML). */
public enum ClientAuth implements ConfigChoice {
  /** Plain TLS: the server proves who it is, clients do not. */
  NONE,
  /** A client may present a certificate; if it does, it must be signed by the client CA. */
  OPTIONAL,
  /** Mutual TLS: a connection without a certificate signed by the client CA is refused. */
  REQUIRE;

  /** The default: mutual TLS as soon as a client CA is configured. */
  public static ClientAuth defaultFor(Optional<Path> clientCa) {
    return clientCa.isPresent() ? REQUIRE : NONE;
  }
}
