package io.oes.sim.marketdata;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * Binance's kline intervals. Bars are aligned to UTC epoch multiples; weeks start on Monday and
 * months on the first, as Binance's do.
 */
public enum KlineInterval {
  M1("1m", 60_000L), M3("3m", 180_000L), M5("5m", 300_000L), M15("15m", 900_000L),
  M30("30m", 1_800_000L), H1("1h", 3_600_000L), H2("2h", 7_200_000L), H4("4h", 14_400_000L),
  H6("6h", 21_600_000L), H8("8h", 28_800_000L), H12("12h", 43_200_000L),
  D1("1d", 86_400_000L), D3("3d", 259_200_000L), W1("1w", 604_800_000L), MONTH("1M", 0L);

  /** 1970-01-01 was a Thursday; Binance's weeks open on Monday 1970-01-05. */
  private static final long FIRST_MONDAY_MILLIS = 4 * 86_400_000L;

  private final String code;
  private final long lengthMillis;

  KlineInterval(String code, long lengthMillis) {
    this.code = code;
    this.lengthMillis = lengthMillis;
  }

  public String code() {
    return code;
  }

  /** The interval Binance names {@code code}, e.g. "15m" or "1M". */
  public static Optional<KlineInterval> of(String code) {
    return Arrays.stream(values()).filter(interval -> interval.code.equals(code)).findFirst();
  }

  /** When the bar holding {@code timeMillis} opens. */
  public long openOf(long timeMillis) {
    if (this == MONTH) {
      ZonedDateTime time = Instant.ofEpochMilli(timeMillis).atZone(ZoneOffset.UTC);
      return time.withDayOfMonth(1).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant()
          .toEpochMilli();
    }
    long offset = this == W1 ? FIRST_MONDAY_MILLIS : 0;
    return Math.floorDiv(timeMillis - offset, lengthMillis) * lengthMillis + offset;
  }

  /** The last millisecond of the bar opening at {@code openMillis}. */
  public long closeOf(long openMillis) {
    if (this == MONTH) {
      return Instant.ofEpochMilli(openMillis).atZone(ZoneOffset.UTC).plusMonths(1).toInstant()
          .toEpochMilli() - 1;
    }
    return openMillis + lengthMillis - 1;
  }
}
