package io.oes.server.security;

import io.oes.server.config.value.Secret;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/** Keys minted for the test, and the settings that configure their hashes. */
final class TestKeys {
  final String aliceTrader = mint();
  final String aliceReader = mint();
  final String bobTrader = mint();
  final String admin = mint();

  private static String mint() {
    return ApiKeys.mint(new SecureRandom()).key().reveal();
  }

  SecuritySettings settings(int maxStreams) {
    return new SecuritySettings(List.of(
        grant("alice-trader", "alice", aliceTrader, "trade", "read"),
        grant("alice-reader", "alice", aliceReader, "read"),
        grant("bob-trader", "bob", bobTrader, "trade", "read"),
        grant("ops", "ops", admin, "admin", "trade", "read")),
        List.of(), Optional.empty(), Optional.empty(), false, maxStreams);
  }

  private static KeyGrant grant(String name, String user, String key, String... scopes) {
    return new KeyGrant(name, user, List.of(scopes),
        Secret.of(ApiKeyHash.of(key).toConfigText()));
  }
}
