package io.oes.binance.rest;

/** The Binance error codes the client acts on; the rest are passed through as data. */
public final class VenueCodes {
  /** Internal error; the request may or may not have been executed. */
  public static final int UNKNOWN = -1000;

  /** Internal error; unable to process, possibly after executing. */
  public static final int DISCONNECTED = -1001;

  /** Unexpected response from the matching engine: execution status unknown. */
  public static final int UNEXPECTED_RESPONSE = -1006;

  /** Timeout waiting for the matching engine: execution status unknown. */
  public static final int TIMEOUT = -1007;

  /** Throttled by system-level protection: failed, not executed, not counted. */
  public static final int THROTTLED = -1008;

  /** The timestamp was outside the receive window: never executed. */
  public static final int INVALID_TIMESTAMP = -1021;

  /** Cancel of an order that is not open ("Unknown order sent."). */
  public static final int CANCEL_REJECTED = -2011;

  /** The order does not exist. */
  public static final int NO_SUCH_ORDER = -2013;

  private VenueCodes() {}
}
