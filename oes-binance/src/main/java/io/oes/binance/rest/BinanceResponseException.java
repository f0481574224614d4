package io.oes.binance.rest;

/**
 * The exchange answered a request that has no outcome type of its own (exchange info, server
 * time) with something other than success. Carries the request line and the venue's answer,
 * never parameters or signatures.
 */
public final class BinanceResponseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient VenueError error;

  public BinanceResponseException(String requestLine, RestResponse response) {
    super(requestLine + " answered HTTP " + response.status() + describe(response));
    this.status = response.status();
    this.error = response.error();
  }

  /** The HTTP status of the answer. */
  public int status() {
    return status;
  }

  /** The venue's error code and message, or null when the body carried none. */
  public VenueError error() {
    return error;
  }

  private static String describe(RestResponse response) {
    return response.error() == null
        ? "" : ": " + response.error().code() + " " + response.error().message();
  }
}
