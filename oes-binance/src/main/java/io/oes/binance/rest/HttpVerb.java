package io.oes.binance.rest;

/** The HTTP methods Binance's REST API uses. */
public enum HttpVerb {
  GET,
  POST,
  PUT,
  DELETE;

  /** POST and PUT carry their parameters as a form body; GET and DELETE in the query string. */
  boolean carriesBody() {
    return this == POST || this == PUT;
  }
}
