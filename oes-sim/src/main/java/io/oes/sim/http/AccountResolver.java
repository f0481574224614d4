package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.account.Account;
import io.oes.sim.auth.AuthResult;
import io.oes.sim.auth.RequestAuthenticator;
import io.oes.sim.matching.Exchange;
import io.oes.sim.matching.SymbolEngine;
import io.oes.sim.rejection.Rejections;

/** Finds the account behind a signed request and the engine of the symbol it names. */
final class AccountResolver {
  private final RequestAuthenticator authenticator;
  private final Exchange exchange;

  AccountResolver(RequestAuthenticator authenticator, Exchange exchange) {
    this.authenticator = authenticator;
    this.exchange = exchange;
  }

  /** The account of a SIGNED request, or the refusal (-2015, -1102, -1022, -1021). */
  Account signedAccount(ApiRequest request) {
    return switch (authenticator.authenticateSigned(request.signed())) {
      case AuthResult.Granted granted -> granted.account();
      case AuthResult.Refused refused -> throw refuse(refused.rejection());
    };
  }

  /** The account of an API-key request (USER_STREAM): the header only, else -2015. */
  Account keyAccount(ApiRequest request) {
    return switch (authenticator.authenticateKey(request.signed())) {
      case AuthResult.Granted granted -> granted.account();
      case AuthResult.Refused refused -> throw refuse(refused.rejection());
    };
  }

  /** The engine of the mandatory {@code symbol} parameter, or -1102 / -1121. */
  SymbolEngine engine(ApiRequest request) {
    String symbol = request.params().required("symbol");
    return exchange.engine(symbol).orElseThrow(() -> refuse(Rejections.invalidSymbol()));
  }
}
