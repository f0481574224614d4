package io.oes.server.config;

import io.oes.server.config.value.Secret;
import io.oes.server.security.CertificateGrant;
import io.oes.server.security.ClientAuth;
import io.oes.server.security.KeyGrant;
import io.oes.server.security.SecuritySettings;
import io.oes.server.security.TlsSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the {@code security} section: API keys (as hashes), client certificates, TLS. */
final class SecurityBinder {

  SecuritySettings bind(Section section) {
    SecuritySettings settings = new SecuritySettings(
        keys(section),
        certificates(section),
        tls(section.section("grpc_tls")),
        tls(section.section("http_tls")),
        section.bool("allow_insecure_bind", false),
        (int) section.number("max_streams_per_principal",
            SecuritySettings.DEFAULT_MAX_STREAMS_PER_PRINCIPAL, 1, 10_000,
            "a number of streams (1-10000)"));
    section.rejectUnknownKeys();
    return settings;
  }

  private static List<KeyGrant> keys(Section section) {
    List<KeyGrant> grants = new ArrayList<>();
    for (Section key : section.sections("api_keys").orElse(List.of())) {
      grants.add(new KeyGrant(key.string("name", ""), key.string("user_id", ""),
          key.strings("scopes", List.of()), key.secret("key_hash").orElse(Secret.of(""))));
      key.rejectUnknownKeys();
    }
    return grants;
  }

  private static List<CertificateGrant> certificates(Section section) {
    List<CertificateGrant> grants = new ArrayList<>();
    for (Section cert : section.sections("client_certificates").orElse(List.of())) {
      grants.add(new CertificateGrant(cert.string("subject_cn", ""), cert.string("user_id", ""),
          cert.strings("scopes", List.of())));
      cert.rejectUnknownKeys();
    }
    return grants;
  }

  private static Optional<TlsSettings> tls(Section section) {
    Optional<String> certificate = section.optionalString("certificate");
    Optional<String> key = section.optionalString("private_key");
    Optional<Path> ca = section.optionalString("client_ca").map(Path::of);
    ClientAuth clientAuth = section.choice("client_auth", ClientAuth.class,
        ClientAuth.defaultFor(ca));
    section.rejectUnknownKeys();
    if (certificate.isEmpty() && key.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TlsSettings(Path.of(certificate.orElse("")),
        Path.of(key.orElse("")), ca, clientAuth));
  }
}
