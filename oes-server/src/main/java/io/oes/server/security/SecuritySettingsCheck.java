package io.oes.server.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of {@link SecuritySettings#problems()}, one method per concern. */
final class SecuritySettingsCheck {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9 ._@:/-]{1,64}");
  private static final String SCOPES = "trade, read or admin";

  private final SecuritySettings settings;
  private final List<String> problems = new ArrayList<>();

  SecuritySettingsCheck(SecuritySettings settings) {
    this.settings = settings;
  }

  List<String> problems() {
    keys();
    certificates();
    settings.grpcTls().ifPresent(tls -> tls("security.grpc_tls", tls));
    settings.httpTls().ifPresent(tls -> tls("security.http_tls", tls));
    if (!settings.clientCertificates().isEmpty() && settings.grpcTls()
        .map(tls -> tls.clientAuth() == ClientAuth.NONE).orElse(true)) {
      add("security.client_certificates", "need security.grpc_tls with a client_ca "
          + "(client certificates are only seen over mutual TLS)");
    }
    if (settings.maxStreamsPerPrincipal() < 1) {
      add("security.max_streams_per_principal", settings.maxStreamsPerPrincipal()
          + " is not a number of streams (at least 1)");
    }
    return List.copyOf(problems);
  }

  private void keys() {
    Set<String> names = new HashSet<>();
    Set<String> hashes = new HashSet<>();
    for (int i = 0; i < settings.apiKeys().size(); i++) {
      KeyGrant grant = settings.apiKeys().get(i);
      String key = "security.api_keys[" + i + "]";
      principal(key, grant.name(), "name", grant.userId(), grant.scopes(), names);
      Optional<ApiKeyHash> hash = ApiKeyHash.parse(grant.keyHash().reveal());
      if (hash.isEmpty()) {
        add(key + ".key_hash", "is not sha256:<64 hex digits> (mint a key and its hash with "
            + "`oes key mint`)");
      } else if (!hashes.add(hash.get().toConfigText().toLowerCase())) {
        add(key + ".key_hash", "is the same hash as an earlier key (each key maps to one "
            + "principal)");
      }
    }
  }

  private void certificates() {
    Set<String> subjects = new HashSet<>();
    for (int i = 0; i < settings.clientCertificates().size(); i++) {
      CertificateGrant grant = settings.clientCertificates().get(i);
      principal("security.client_certificates[" + i + "]", grant.subjectCn(), "subject_cn",
          grant.userId(), grant.scopes(), subjects);
    }
  }

  private void principal(String key, String name, String nameKey, String userId,
      List<String> scopes, Set<String> seen) {
    if (!NAME.matcher(name).matches()) {
      add(key + "." + nameKey, "\"" + shown(name) + "\" is not a name (1-64 letters, digits, spaces "
          + "or ._@:/-)");
    } else if (!seen.add(name)) {
      add(key + "." + nameKey, "\"" + name + "\" is used by an earlier entry");
    }
    if (userId.isBlank()) {
      add(key + ".user_id", "is required: the user whose orders this principal may touch");
    }
    if (scopes.isEmpty()) {
      add(key + ".scopes", "[] is empty (one or more of " + SCOPES + ")");
    }
    for (int s = 0; s < scopes.size(); s++) {
      if (Scope.fromConfigName(scopes.get(s)).isEmpty()) {
        add(key + ".scopes[" + s + "]", "\"" + shown(scopes.get(s)) + "\" is not a scope ("
            + SCOPES + ")");
      }
    }
  }

  private void tls(String key, TlsSettings tls) {
    readable(key + ".certificate", tls.certificateChain());
    readable(key + ".private_key", tls.privateKey());
    tls.clientCa().ifPresent(ca -> readable(key + ".client_ca", ca));
    if (tls.clientAuth() != ClientAuth.NONE && tls.clientCa().isEmpty()) {
      add(key + ".client_auth", tls.clientAuth().configName()
          + " needs client_ca (the CA that signs client certificates)");
    }
  }

  private void readable(String key, Path path) {
    if (!Files.isReadable(path)) {
      add(key, "\"" + path + "\" cannot be read");
    }
  }

  private static String shown(String value) {
    return value.length() > 64 ? value.substring(0, 64) + "…" : value;
  }

  private void add(String key, String message) {
    problems.add(key + ": " + message);
  }
}
