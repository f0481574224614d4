package io.oes.cli.key;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.cli.CliRun;
import io.oes.server.config.value.Secret;
import io.oes.server.security.ApiKeyHash;
import io.oes.server.security.Authenticator;
import io.oes.server.security.KeyGrant;
import io.oes.server.security.Scope;
import io.oes.server.security.SecuritySettings;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyCommandTest {

  @Test
  void mintPrintsTheKeyOnceAndTheConfigurationEntryWithItsHash() {
    CliRun run = CliRun.of("key", "mint", "--user", "alice", "--scopes", "trade,read");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String key = run.out().lines().filter(l -> l.strip().startsWith("oes_")).findFirst()
        .orElseThrow().strip();
    assertThat(run.out()).containsOnlyOnce(key)
        .contains("  - name: alice", "    user_id: alice", "    scopes: [trade, read]",
            "    key_hash: " + ApiKeyHash.of(key).toConfigText());
  }

  @Test
  void aMintedKeyAuthenticatesAsTheConfiguredPrincipal() throws Exception {
    JsonNode minted = new ObjectMapper().readTree(CliRun.of("key", "mint", "--user", "bob",
        "--scopes", "read", "--name", "bob-dashboard", "--json").out());
    KeyGrant grant = new KeyGrant(minted.get("name").asText(), minted.get("user_id").asText(),
        List.of(minted.get("scopes").get(0).asText()), Secret.of(minted.get("key_hash").asText()));
    Authenticator authenticator = Authenticator.of(new SecuritySettings(List.of(grant), List.of(),
        Optional.empty(), Optional.empty(), false, 4));

    assertThat(authenticator.byApiKey(minted.get("api_key").asText())).hasValueSatisfying(p -> {
      assertThat(p.name()).isEqualTo("bob-dashboard");
      assertThat(p.userId()).isEqualTo("bob");
      assertThat(p.scopes()).isEqualTo(Set.of(Scope.READ));
    });
  }

  @Test
  void anUnknownScopeIsAUsageError() {
    CliRun run = CliRun.of("key", "mint", "--user", "alice", "--scopes", "trade,root");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--scopes[1]: \"root\" is not a scope (trade, read or admin)");
    assertThat(run.out()).doesNotContain("oes_");
  }

  @Test
  void hashReadsTheKeyFromStandardInput() {
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream("oes_abc\n".getBytes(StandardCharsets.UTF_8)));
      CliRun run = CliRun.of("key", "hash");

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out().strip()).isEqualTo(ApiKeyHash.of("oes_abc").toConfigText());
    } finally {
      System.setIn(original);
    }
  }
}
