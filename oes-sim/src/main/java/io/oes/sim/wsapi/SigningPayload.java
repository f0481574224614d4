package io.oes.sim.wsapi;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a WebSocket API signature covers: every parameter but {@code signature}, sorted by name,
 * as {@code name=value} pairs joined by {@code &}, each value percent-encoded as JavaScript's
 * {@code encodeURIComponent} does (Binance's own connectors sign it so; plain values such as
 * symbols, numbers and timestamps are left as they are).
 */
final class SigningPayload {
  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()";

  private SigningPayload() {}

  static String of(Map<String, String> params) {
    return new TreeMap<>(params).entrySet().stream()
        .filter(entry -> !entry.getKey().equals("signature"))
        .map(entry -> entry.getKey() + "=" + encode(entry.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }
}
