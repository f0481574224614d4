package io.oes.core.position;

import java.util.Objects;

/**
 * Whose position: one user's trades of one symbol on one exchange account. A user's orders on
 * an account add up to its share of the account's one exchange position in that symbol.
 *
 * @param userId empty for orders oes adopted without knowing their user
 */
public record PositionKey(String accountId, String userId, String symbol) {
  public PositionKey {
    Objects.requireNonNull(accountId, "accountId");
    userId = userId == null ? "" : userId;
    Objects.requireNonNull(symbol, "symbol");
  }
}
