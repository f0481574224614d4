package io.oes.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.server.config.value.Secret;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecuritySettingsTest {

  private static final String HASH = ApiKeyHash.of("oes_k").toConfigText();

  private static SecuritySettings withKeys(KeyGrant... keys) {
    return new SecuritySettings(List.of(keys), List.of(), Optional.empty(), Optional.empty(),
        false, 16);
  }

  @Test
  void theDefaultHasAuthenticationOffAndNoProblems() {
    assertThat(SecuritySettings.disabled().authMode()).isEqualTo(AuthMode.OFF);
    assertThat(SecuritySettings.disabled().problems()).isEmpty();
    assertThat(Authenticator.off().authenticate(Optional.empty(), Optional.empty()))
        .contains(Principal.ANONYMOUS_ADMIN);
  }

  @Test
  void oneConfiguredKeyTurnsApiKeyAuthenticationOn() {
    SecuritySettings settings =
        withKeys(new KeyGrant("alice-bot", "alice", List.of("trade"), Secret.of(HASH)));

    assertThat(settings.problems()).isEmpty();
    assertThat(settings.authMode()).isEqualTo(AuthMode.API_KEYS);
    assertThat(Authenticator.of(settings).byApiKey("oes_k")).hasValueSatisfying(p ->
        assertThat(p).isEqualTo(new Principal("alice-bot", "alice", java.util.Set.of(Scope.TRADE))));
  }

  @Test
  void everyProblemIsOneLineNamingTheKeyAndNeverTheValue() {
    String plainKey = "oes_thisIsAKeyNotAHash";
    SecuritySettings settings = withKeys(
        new KeyGrant("alice bot!", "", List.of("trade", "god"), Secret.of(plainKey)),
        new KeyGrant("b", "bob", List.of(), Secret.of(HASH)),
        new KeyGrant("b", "bob", List.of("read"), Secret.of(HASH)));

    assertThat(settings.problems()).containsExactly(
        "security.api_keys[0].name: \"alice bot!\" is not a name (1-64 letters, digits, spaces "
            + "or ._@:/-)",
        "security.api_keys[0].user_id: is required: the user whose orders this principal may "
            + "touch",
        "security.api_keys[0].scopes[1]: \"god\" is not a scope (trade, read or admin)",
        "security.api_keys[0].key_hash: is not sha256:<64 hex digits> (mint a key and its hash "
            + "with `oes key mint`)",
        "security.api_keys[1].scopes: [] is empty (one or more of trade, read or admin)",
        "security.api_keys[2].name: \"b\" is used by an earlier entry",
        "security.api_keys[2].key_hash: is the same hash as an earlier key (each key maps to one "
            + "principal)");
    assertThat(String.join("\n", settings.problems())).doesNotContain(plainKey);
    assertThatThrownBy(() -> Authenticator.of(settings))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tlsFilesMustBeReadableAndClientAuthNeedsACa() {
    Path missing = Path.of("/nonexistent/server.crt");
    SecuritySettings settings = new SecuritySettings(List.of(),
        List.of(new CertificateGrant("alice-bot", "alice", List.of("read"))),
        Optional.of(new TlsSettings(missing, missing, Optional.empty(), ClientAuth.REQUIRE)),
        Optional.empty(), false, 0);

    assertThat(settings.problems()).containsExactly(
        "security.grpc_tls.certificate: \"/nonexistent/server.crt\" cannot be read",
        "security.grpc_tls.private_key: \"/nonexistent/server.crt\" cannot be read",
        "security.grpc_tls.client_auth: require needs client_ca (the CA that signs client "
            + "certificates)",
        "security.max_streams_per_principal: 0 is not a number of streams (at least 1)");
  }

  @Test
  void clientCertificatesWithoutMutualTlsAreAProblem() {
    SecuritySettings settings = new SecuritySettings(List.of(),
        List.of(new CertificateGrant("alice-bot", "alice", List.of("read"))), Optional.empty(),
        Optional.empty(), false, 16);

    assertThat(settings.authMode()).isEqualTo(AuthMode.CLIENT_CERTIFICATES);
    assertThat(settings.problems()).singleElement().asString()
        .startsWith("security.client_certificates: need security.grpc_tls with a client_ca");
  }

  @Test
  void clientAuthDefaultsToRequireOnceACaIsGiven() {
    assertThat(ClientAuth.defaultFor(Optional.of(Path.of("ca.crt")))).isEqualTo(ClientAuth.REQUIRE);
    assertThat(ClientAuth.defaultFor(Optional.empty())).isEqualTo(ClientAuth.NONE);
  }
}
