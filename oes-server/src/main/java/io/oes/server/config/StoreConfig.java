package io.oes.server.config;

import io.oes.server.config.value.Secret;
import java.util.Optional;

/**
 * The order store.
 *
 * @param type memory, sqlite or postgres
 * @param url the JDBC (or {@code postgres://}) URL; required for postgres; for sqlite, {@code
 *     jdbc:sqlite:DIR/oes.db} names the folder
 * @param username the database user, when not part of the URL
 * @param password the database password
 */
public record StoreConfig(
    StoreType type, Optional<String> url, Optional<String> username, Optional<Secret> password) {

  // The URL may carry a password of its own.
  @Override
  public String toString() {
    return "StoreConfig[type=" + type + ", url=" + url.map(Redaction::address)
        + ", username=" + username + ", password=" + password + "]";
  }
}
