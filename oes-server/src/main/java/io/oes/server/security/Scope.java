package io.oes.server.security;

import io.oes.server.config.value.ConfigChoice;
import java.util.Locale;
import java.util.Optional;

/**
 * What a principal may do: {@code trade} (create, cancel, amend), {@code read} (look up, list,
 * stream) and {@code admin} (halt, resume, every user's orders). Written in lower case in YAML.
 */
public enum Scope implements ConfigChoice {
  TRADE,
  READ,
  ADMIN;

  /** The scope written {@code name} in configuration or on the command line, any case. */
  public static Optional<Scope> fromConfigName(String name) {
    for (Scope scope : values()) {
      if (scope.configName().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }
}
