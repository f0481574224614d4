package io.oes.sim.http;

import io.javalin.http.Context;
import io.oes.sim.auth.SignedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One HTTP request as the handlers see it: the raw query and body (kept for the signature check),
 * the decoded parameters, and a way to add response headers.
 */
final class ApiRequest {
  private final Context context;
  private final String rawQuery;
  private final String rawBody;
  private final RequestParams params;

  private ApiRequest(Context context, String rawQuery, String rawBody) {
    this.context = context;
    this.rawQuery = rawQuery;
    this.rawBody = rawBody;
    this.params = RequestParams.parse(rawQuery, rawBody);
  }

  static ApiRequest of(Context context) {
    String query = Optional.ofNullable(context.queryString()).orElse("");
    // ISO-8859-1 maps each byte to one char, so the signature check sees the exact bytes sent.
    String body = new String(context.bodyAsBytes(), StandardCharsets.ISO_8859_1);
    return new ApiRequest(context, query, body);
  }

  RequestParams params() {
    return params;
  }

  SignedRequest signed() {
    return new SignedRequest(Optional.ofNullable(context.header("X-MBX-APIKEY")), rawQuery,
        rawBody, params::optional);
  }

  String ip() {
    return context.ip();
  }

  void header(String name, String value) {
    context.header(name, value);
  }
}
