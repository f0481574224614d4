package io.oes.sim.rejection;

/**
 * A refused request, as Binance USD-M Futures reports it.
 *
 * @param httpStatus the HTTP status of the error response (400 for most codes, 401 for key errors)
 * @param code the stable Binance error code, negative
 * @param message the text of the {@code msg} field
 */
public record Rejection(int httpStatus, int code, String message) {

  /** A refusal answered with HTTP 400, the status of nearly every Binance error. */
  public static Rejection badRequest(int code, String message) {
    return new Rejection(400, code, message);
  }
}
