package io.oes.binance.testing;

import java.util.Map;

/** One scripted answer of {@link FakeBinance}. */
public record Reply(int status, String body, Map<String, String> headers, long delayMs) {

  public static Reply ok(String body) {
    return new Reply(200, body, Map.of(), 0);
  }

  /** A Binance error body {@code {"code":..,"msg":..}} with {@code status}. */
  public static Reply error(int status, int code, String message) {
    return new Reply(status, "{\"code\":" + code + ",\"msg\":\"" + message + "\"}", Map.of(), 0);
  }

  public Reply withHeaders(Map<String, String> extra) {
    return new Reply(status, body, extra, delayMs);
  }

  public Reply delayedMs(long millis) {
    return new Reply(status, body, headers, millis);
  }
}
