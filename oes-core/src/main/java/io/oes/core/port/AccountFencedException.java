package io.oes.core.port;

/**
 * The store refused to write an account's events: this instance no longer holds the account's
 * lease (another instance took it over, and raised the fence the store checks). Nothing of the
 * account is written from here on, and so, since an order's intent is written before it is
 * sent, nothing is sent either.
 */
public final class AccountFencedException extends RuntimeException {
  private final String accountId;

  public AccountFencedException(String accountId, String detail) {
    super("account " + accountId + " is no longer owned by this instance: " + detail);
    this.accountId = accountId;
  }

  public String accountId() {
    return accountId;
  }
}
