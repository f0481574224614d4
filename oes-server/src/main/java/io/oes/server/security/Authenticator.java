package io.oes.server.security;

import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells who presented a credential: an API key (looked up by hash, comparing every configured
 * hash in constant time so timing says nothing about which one was close) or a client
 * certificate already verified by the TLS handshake (looked up by subject CN). Immutable and
 * thread-safe.
 */
public final class Authenticator {

  private final AuthMode mode;
  private final List<Entry> keys;
  private final Map<String, Principal> bySubject;

  private Authenticator(AuthMode mode, List<Entry> keys, Map<String, Principal> bySubject) {
    this.mode = mode;
    this.keys = keys;
    this.bySubject = bySubject;
  }

  /** The authenticator for {@code settings}; they must have no {@link SecuritySettings#problems()}. */
  public static Authenticator of(SecuritySettings settings) {
    List<String> problems = settings.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid security settings: " + problems);
    }
    List<Entry> keys = settings.apiKeys().stream()
        .map(grant -> new Entry(ApiKeyHash.parse(grant.keyHash().reveal()).orElseThrow(),
            new Principal(grant.name(), grant.userId(), scopes(grant.scopes()))))
        .toList();
    Map<String, Principal> bySubject = new HashMap<>();
    settings.clientCertificates().forEach(grant -> bySubject.put(grant.subjectCn(),
        new Principal(grant.subjectCn(), grant.userId(), scopes(grant.scopes()))));
    return new Authenticator(settings.authMode(), keys, Map.copyOf(bySubject));
  }

  /** No authentication: every call is {@link Principal#ANONYMOUS_ADMIN}. */
  public static Authenticator off() {
    return of(SecuritySettings.disabled());
  }

  public AuthMode mode() {
    return mode;
  }

  /** The principal whose key this is, if any. */
  public Optional<Principal> byApiKey(String presentedKey) {
    ApiKeyHash presented = ApiKeyHash.of(presentedKey);
    Principal found = null;
    for (Entry entry : keys) {
      // No early exit: the time taken does not depend on where (or whether) the key matched.
      if (entry.hash().matches(presented)) {
        found = entry.principal();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The principal mapped to a verified client certificate's subject CN, if any. */
  public Optional<Principal> byCertificate(X509Certificate verifiedPeer) {
    return CertificateSubjects.commonName(verifiedPeer).map(bySubject::get);
  }

  /**
   * The caller: the key if one was presented (a wrong key is never rescued by a certificate),
   * else the certificate; {@link Principal#ANONYMOUS_ADMIN} when authentication is off.
   */
  public Optional<Principal> authenticate(Optional<String> presentedKey,
      Optional<X509Certificate> verifiedPeer) {
    if (!mode.isOn()) {
      return Optional.of(Principal.ANONYMOUS_ADMIN);
    }
    if (presentedKey.isPresent()) {
      return byApiKey(presentedKey.get());
    }
    return verifiedPeer.flatMap(this::byCertificate);
  }

  private static Set<Scope> scopes(List<String> names) {
    return names.stream().map(name -> Scope.fromConfigName(name).orElseThrow())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
  }

  private record Entry(ApiKeyHash hash, Principal principal) {}
}
