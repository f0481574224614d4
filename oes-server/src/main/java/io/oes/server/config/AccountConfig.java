package io.oes.server.config;

import io.oes.server.config.value.Secret;
import java.util.List;
import java.util.Optional;

/**
 * One exchange account: its keys and the users whose orders go to it.
 *
 * @param id a short name used in logs, metrics and client order ids
 * @param apiKey the Binance API key; empty only in simulator mode
 * @param secretKey the Binance signing secret; empty only in simulator mode
 * @param users user ids routed to this account; empty means every user not routed elsewhere
 */
public record AccountConfig(
    String id, Optional<Secret> apiKey, Optional<Secret> secretKey, List<String> users) {

  public static final String DEFAULT_ID = "main";

  public AccountConfig {
    users = List.copyOf(users);
  }

  /** The account used when none is configured: "main", no keys, every user. */
  public static AccountConfig defaultAccount() {
    return new AccountConfig(DEFAULT_ID, Optional.empty(), Optional.empty(), List.of());
  }

  /** Whether this account takes the users that no other account names. */
  public boolean servesEveryone() {
    return users.isEmpty();
  }
}
