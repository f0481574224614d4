package io.oes.sim.account;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The accounts of the simulator, fixed at start, found by API key or id. Immutable. */
public final class AccountRegistry {
  private final List<Account> accounts;
  private final Map<String, Account> byApiKey;

  /** Opens one account per credentials, ids 1, 2, ... in order, each with the same balance. */
  public AccountRegistry(List<Credentials> credentials, BigDecimal initialWalletBalance,
      long openedMillis) {
    this.accounts = IntStream.range(0, credentials.size())
        .mapToObj(index -> new Account(index + 1L, credentials.get(index), initialWalletBalance,
            openedMillis))
        .toList();
    this.byApiKey = accounts.stream()
        .collect(Collectors.toUnmodifiableMap(a -> a.credentials().apiKey(), Function.identity()));
  }

  public Optional<Account> byApiKey(String apiKey) {
    return Optional.ofNullable(byApiKey.get(apiKey));
  }

  public Optional<Account> byId(long id) {
    return id >= 1 && id <= accounts.size() ? Optional.of(accounts.get((int) id - 1))
        : Optional.empty();
  }

  public List<Account> all() {
    return accounts;
  }
}
