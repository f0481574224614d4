package io.oes.server.security;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code security:} section as configured. Build it from the raw values and report {@link
 * #problems()} with the other configuration problems; {@link Authenticator#of} accepts only
 * settings without problems.
 *
 * @param apiKeys API keys by hash, each bound to a user and scopes; none: no API-key auth
 * @param clientCertificates client certificate subjects mapped to principals (mutual TLS)
 * @param grpcTls TLS for the gRPC port; empty: plaintext
 * @param httpTls TLS for the HTTP port; empty: plaintext
 * @param allowInsecureBind lets a non-loopback host serve without authentication
 * @param maxStreamsPerPrincipal StreamOrderUpdates streams one principal may hold open at once
 */
public record SecuritySettings(
    List<KeyGrant> apiKeys,
    List<CertificateGrant> clientCertificates,
    Optional<TlsSettings> grpcTls,
    Optional<TlsSettings> httpTls,
    boolean allowInsecureBind,
    int maxStreamsPerPrincipal) {

  /** Streams per principal when not configured: a few per strategy, far below exhaustion. */
  public static final int DEFAULT_MAX_STREAMS_PER_PRINCIPAL = 16;

  public SecuritySettings {
    apiKeys = List.copyOf(apiKeys);
    clientCertificates = List.copyOf(clientCertificates);
    Objects.requireNonNull(grpcTls, "grpcTls");
    Objects.requireNonNull(httpTls, "httpTls");
  }

  /** The embedded default: no authentication, no TLS (safe only on loopback). */
  public static SecuritySettings disabled() {
    return new SecuritySettings(List.of(), List.of(), Optional.empty(), Optional.empty(), false,
        DEFAULT_MAX_STREAMS_PER_PRINCIPAL);
  }

  /** Whether calls must authenticate, from what is configured. */
  public AuthMode authMode() {
    if (!apiKeys.isEmpty()) {
      return AuthMode.API_KEYS;
    }
    return clientCertificates.isEmpty() ? AuthMode.OFF : AuthMode.CLIENT_CERTIFICATES;
  }

  /**
   * Every problem, one line each, as {@code security.<key>: <what is wrong>}; never quotes a
   * key hash.
   */
  public List<String> problems() {
    return new SecuritySettingsCheck(this).problems();
  }
}
