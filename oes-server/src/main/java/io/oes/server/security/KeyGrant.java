package io.oes.server.security;

import io.oes.server.config.value.Secret;
import java.util.List;
import java.util.Objects;

/**
 * One configured API key ({@code security.api_keys[i]}), as written: checked by {@link
 * SecuritySettings#problems()}.
 *
 * @param name names the principal in logs and errors (e.g. {@code alice-mm-bot})
 * @param userId the user whose orders the key may see and touch
 * @param scopes {@code trade}, {@code read}, {@code admin}
 * @param keyHash {@code sha256:<64 hex>} of the key, from {@code oes key mint}
 */
public record KeyGrant(String name, String userId, List<String> scopes, Secret keyHash) {

  public KeyGrant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(userId, "userId");
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(keyHash, "keyHash");
  }
}
