package io.oes.binance.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request as {@link FakeBinance} received it: raw query and body, headers by lower-case name.
 */
public record RecordedRequest(
    String method, String path, String rawQuery, String body, Map<String, String> headers) {

  /** The decoded value of {@code name}, looked up in the query and then the body. */
  public Optional<String> param(String name) {
    return pairs().stream()
        .filter(pair -> pair[0].equals(name))
        .map(pair -> pair[1])
        .findFirst();
  }

  /** Parameter names in the order they were sent (query first, then body). */
  public List<String> paramNames() {
    return pairs().stream().map(pair -> pair[0]).toList();
  }

  /** What the signature covers: the query followed by the body, without the signature. */
  public String signedPayload() {
    return (rawQuery + body).replaceFirst("&?signature=[0-9a-f]*$", "");
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  private List<String[]> pairs() {
    List<String[]> pairs = new ArrayList<>();
    for (String part : List.of(rawQuery, body)) {
      if (part.isEmpty()) {
        continue;
      }
      for (String pair : part.split("&")) {
        int eq = pair.indexOf('=');
        pairs.add(new String[] {
            pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)});
      }
    }
    return pairs;
  }
}
