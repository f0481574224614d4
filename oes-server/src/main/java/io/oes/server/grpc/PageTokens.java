package io.oes.server.grpc;

import io.oes.core.port.OrderQuery.PageCursor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * GetOrders page tokens: the position of the last order of a page (creation time and order
 * id), opaque to clients. A token survives restarts because it names data, not server state.
 */
final class PageTokens {
  private PageTokens() {}

  static String encode(PageCursor cursor) {
    String raw = cursor.createdAt().getEpochSecond() + ":" + cursor.createdAt().getNano() + ":"
        + cursor.orderId();
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor in {@code token}; empty if the token is not one this service made. */
  static Optional<PageCursor> decode(String token) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = raw.split(":", 3);
      if (parts.length != 3 || parts[2].isEmpty()) {
        return Optional.empty();
      }
      Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
      return Optional.of(new PageCursor(at, parts[2]));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
