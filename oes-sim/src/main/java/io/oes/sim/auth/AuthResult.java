package io.oes.sim.auth;

import io.oes.sim.account.Account;
import io.oes.sim.rejection.Rejection;

/** The verdict on a request's credentials. */
public sealed interface AuthResult {

  /** The request is the account's own. */
  record Granted(Account account) implements AuthResult {}

  /** The request is refused with a Binance error. */
  record Refused(Rejection rejection) implements AuthResult {}
}
