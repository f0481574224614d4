package io.oes.sim.http;

import io.javalin.http.Context;
import io.oes.sim.account.Account;
import io.oes.sim.auth.SignedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * One API request as the handlers see it, whichever way it came: its decoded parameters, what
 * its signature covers, the account its WebSocket session is logged on as (if any), the caller's
 * address, and a way to report counters (HTTP response headers, or a WebSocket answer's
 * {@code rateLimits}).
 */
final class ApiRequest {
  private final RequestParams params;
  private final SignedRequest signed;
  private final Optional<Account> session;
  private final String ip;
  private final BiConsumer<String, String> headers;
  private final boolean overWebSocket;

  private ApiRequest(RequestParams params, SignedRequest signed, Optional<Account> session,
      String ip, BiConsumer<String, String> headers, boolean overWebSocket) {
    this.params = params;
    this.signed = signed;
    this.session = session;
    this.ip = ip;
    this.headers = headers;
    this.overWebSocket = overWebSocket;
  }

  /** An HTTP request: parameters from the query and the body, the key from the header. */
  static ApiRequest of(Context context) {
    String query = Optional.ofNullable(context.queryString()).orElse("");
    // ISO-8859-1 maps each byte to one char, so the signature check sees the exact bytes sent.
    String body = new String(context.bodyAsBytes(), StandardCharsets.ISO_8859_1);
    RequestParams params = RequestParams.parse(query, body);
    SignedRequest signed = new SignedRequest(Optional.ofNullable(context.header("X-MBX-APIKEY")),
        query, body, params::optional);
    return new ApiRequest(params, signed, Optional.empty(), context.ip(), context::header,
        false);
  }

  /**
   * A WebSocket API request: the key travels as the {@code apiKey} parameter and the signature
   * covers {@code signedPayload}, the parameters as the client lined them up for signing.
   */
  static ApiRequest ofWebSocket(RequestParams params, String signedPayload,
      Optional<Account> session, String ip, BiConsumer<String, String> counters) {
    SignedRequest signed = new SignedRequest(params.optional("apiKey"), signedPayload, "",
        params::optional);
    return new ApiRequest(params, signed, session, ip, counters, true);
  }

  /** Whether the request came over the WebSocket API, where the key is a parameter. */
  boolean overWebSocket() {
    return overWebSocket;
  }

  RequestParams params() {
    return params;
  }

  SignedRequest signed() {
    return signed;
  }

  /** The account a WebSocket session is logged on as; empty over HTTP. */
  Optional<Account> session() {
    return session;
  }

  String ip() {
    return ip;
  }

  void header(String name, String value) {
    headers.accept(name, value);
  }
}
