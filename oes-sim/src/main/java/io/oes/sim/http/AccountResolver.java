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

  /**
   * The account of a SIGNED request, or the refusal (-2015, -1102, -1022, -1021). On a WebSocket
   * session that is logged on, a request without its own signature is the session's account's
   * (its timestamp still checked); one with a signature is checked on its own.
   */
  Account signedAccount(ApiRequest request) {
    requireKeyParameter(request);
    boolean bySession = request.session().isPresent()
        && request.params().optional("signature").isEmpty();
    return granted(bySession
        ? authenticator.authenticateSession(request.session().get(), request.signed())
        : authenticator.authenticateSigned(request.signed()));
  }

  /**
   * The account of an API-key request (USER_STREAM): the key only, else -2015; on a logged-on
   * WebSocket session without a key of its own, the session's account.
   */
  Account keyAccount(ApiRequest request) {
    if (request.session().isPresent() && request.signed().apiKey().isEmpty()) {
      return request.session().get();
    }
    requireKeyParameter(request);
    return granted(authenticator.authenticateKey(request.signed()));
  }

  /**
   * Over the WebSocket API the key is a parameter like any other: a request of a connection that
   * is not logged on and names none is refused with -1102 naming {@code apiKey}.
   */
  private static void requireKeyParameter(ApiRequest request) {
    if (request.overWebSocket() && request.session().isEmpty()
        && request.signed().apiKey().isEmpty()) {
      throw refuse(Rejections.mandatoryParameter("apiKey"));
    }
  }

  private static Account granted(AuthResult result) {
    return switch (result) {
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
