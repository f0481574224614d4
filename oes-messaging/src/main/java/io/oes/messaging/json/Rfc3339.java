package io.oes.messaging.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * RFC 3339 times in UTC as b25 writes them: always a fraction (at least milliseconds, up to
 * nanoseconds without trailing zeros), so the instant reads back exactly.
 */
final class Rfc3339 {
  private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
      .appendFraction(ChronoField.NANO_OF_SECOND, 3, 9, true)
      .appendLiteral('Z')
      .toFormatter()
      .withZone(ZoneOffset.UTC);

  private Rfc3339() {}

  static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  /** Reads any RFC 3339 time, with {@code Z} or a numeric offset. */
  static Instant parse(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }
}
