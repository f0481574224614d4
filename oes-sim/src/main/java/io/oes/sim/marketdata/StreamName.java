package io.oes.sim.marketdata;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A market stream name as Binance spells it, e.g. {@code btcusdt@depth10@100ms} or
 * {@code !markPrice@arr@1s}: whose market, which kind, and how often it is pushed. Symbols are
 * lower case in names, as Binance requires; a name in any other form is no market stream.
 *
 * @param name the name exactly as subscribed
 * @param symbol the symbol in upper case, empty for the all-market ({@code !}) streams
 * @param kind what the stream carries
 * @param periodMillis how often it is pushed; 0 for "whenever it changes"
 * @param levels for partial depth, the number of levels a side (5, 10 or 20); else 0
 * @param interval for klines, the interval; else null
 */
public record StreamName(String name, Optional<String> symbol, Kind kind, int periodMillis,
    int levels, KlineInterval interval) {

  /** What a stream carries. */
  public enum Kind {
    AGG_TRADE, TRADE, MARK_PRICE, BOOK_TICKER, PARTIAL_DEPTH, DIFF_DEPTH, KLINE,
    CONTINUOUS_KLINE, TICKER, MINI_TICKER, ALL_MARK_PRICE, ALL_BOOK_TICKER, ALL_TICKER,
    ALL_MINI_TICKER
  }

  private static final Pattern SYMBOL_STREAM = Pattern.compile("([a-z0-9]+)@(.+)");
  /** Every simulated symbol is a perpetual, so its pair's perpetual contract is itself. */
  private static final Pattern CONTINUOUS = Pattern.compile(
      "([a-z0-9]+)_perpetual@continuousKline_(.+)");
  private static final Pattern DEPTH = Pattern.compile("depth(5|10|20)?(@100ms|@250ms|@500ms)?");

  /** The stream a name denotes, empty when it denotes none this simulator serves. */
  public static Optional<StreamName> parse(String name) {
    return switch (name) {
      case "!markPrice@arr" -> all(name, Kind.ALL_MARK_PRICE, 3000);
      case "!markPrice@arr@1s" -> all(name, Kind.ALL_MARK_PRICE, 1000);
      case "!bookTicker" -> all(name, Kind.ALL_BOOK_TICKER, 0);
      case "!ticker@arr" -> all(name, Kind.ALL_TICKER, 1000);
      case "!miniTicker@arr" -> all(name, Kind.ALL_MINI_TICKER, 1000);
      default -> ofSymbol(name);
    };
  }

  /** Whether the name has the shape of a market stream rather than of a listen key. */
  public static boolean looksLikeMarketStream(String name) {
    return name.startsWith("!") || name.contains("@");
  }

  private static Optional<StreamName> ofSymbol(String name) {
    Matcher continuous = CONTINUOUS.matcher(name);
    if (continuous.matches()) {
      return KlineInterval.of(continuous.group(2)).map(interval -> new StreamName(name,
          Optional.of(continuous.group(1).toUpperCase(Locale.ROOT)), Kind.CONTINUOUS_KLINE, 250,
          0, interval));
    }
    Matcher matcher = SYMBOL_STREAM.matcher(name);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String symbol = matcher.group(1).toUpperCase(Locale.ROOT);
    String rest = matcher.group(2);
    Optional<StreamName> simple = switch (rest) {
      case "aggTrade" -> of(name, symbol, Kind.AGG_TRADE, 100);
      case "trade" -> of(name, symbol, Kind.TRADE, 0);
      case "markPrice" -> of(name, symbol, Kind.MARK_PRICE, 3000);
      case "markPrice@1s" -> of(name, symbol, Kind.MARK_PRICE, 1000);
      case "bookTicker" -> of(name, symbol, Kind.BOOK_TICKER, 0);
      case "ticker" -> of(name, symbol, Kind.TICKER, 2000);
      case "miniTicker" -> of(name, symbol, Kind.MINI_TICKER, 2000);
      default -> Optional.empty();
    };
    if (simple.isPresent()) {
      return simple;
    }
    if (rest.startsWith("kline_")) {
      return KlineInterval.of(rest.substring("kline_".length())).map(interval ->
          new StreamName(name, Optional.of(symbol), Kind.KLINE, 250, 0, interval));
    }
    Matcher depth = DEPTH.matcher(rest);
    if (!depth.matches()) {
      return Optional.empty();
    }
    int period = depth.group(2) == null ? 250
        : Integer.parseInt(depth.group(2).substring(1, depth.group(2).length() - 2));
    return depth.group(1) == null
        ? Optional.of(new StreamName(name, Optional.of(symbol), Kind.DIFF_DEPTH, period, 0, null))
        : Optional.of(new StreamName(name, Optional.of(symbol), Kind.PARTIAL_DEPTH, period,
            Integer.parseInt(depth.group(1)), null));
  }

  private static Optional<StreamName> of(String name, String symbol, Kind kind, int period) {
    return Optional.of(new StreamName(name, Optional.of(symbol), kind, period, 0, null));
  }

  private static Optional<StreamName> all(String name, Kind kind, int period) {
    return Optional.of(new StreamName(name, Optional.empty(), kind, period, 0, null));
  }
}
