package io.oes.core.engine;

import java.util.Map;

/**
 * Which exchange account a user's orders go to: users named in an account's configuration go
 * there, everybody else to the default account.
 */
public final class AccountRouter {
  private final Map<String, String> accountByUser;
  private final String defaultAccount;

  public AccountRouter(Map<String, String> accountByUser, String defaultAccount) {
    this.accountByUser = Map.copyOf(accountByUser);
    this.defaultAccount = defaultAccount;
  }

  public String accountOf(String userId) {
    return userId == null ? defaultAccount : accountByUser.getOrDefault(userId, defaultAccount);
  }
}
