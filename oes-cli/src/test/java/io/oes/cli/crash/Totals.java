package io.oes.cli.crash;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one run and every violation found, each with the intent or order it concerns.
 * Printed as {@code crash-suite <store>: kills=… intents=… …}, the line the README quotes.
 */
final class Totals {
  /** Violation kinds, in the order the totals line shows them. */
  static final List<String> VIOLATIONS = List.of("duplicates", "unattributed",
      "missing_exchange_orders", "rejected_with_order", "lost_orders", "lost_fills",
      "fee_mismatches", "position_mismatches", "state_mismatches", "unanswered", "unsettled",
      "nats_missing", "nats_duplicates", "nats_extra");
  private static final int SHOWN_PER_KIND = 25;

  private final String store;
  private final Map<String, Long> figures = new LinkedHashMap<>();
  private final Map<String, List<String>> details = new LinkedHashMap<>();

  Totals(String store) {
    this.store = store;
    VIOLATIONS.forEach(kind -> details.put(kind, new ArrayList<>()));
  }

  /** A figure that is no violation (kills, intents, exchange orders, events). */
  void figure(String name, long value) {
    figures.put(name, value);
  }

  void violation(String kind, String detail) {
    List<String> list = details.get(kind);
    if (list == null) {
      throw new IllegalArgumentException("unknown violation kind " + kind);
    }
    list.add(detail);
  }

  long count(String kind) {
    return details.get(kind).size();
  }

  long violations() {
    return details.values().stream().mapToLong(List::size).sum();
  }

  /** The offending intents and orders, then the totals line and the verdict, last. */
  void print(PrintStream out) {
    details.forEach((kind, list) -> {
      list.stream().limit(SHOWN_PER_KIND).forEach(d -> out.println("  " + kind + ": " + d));
      if (list.size() > SHOWN_PER_KIND) {
        out.println("  " + kind + ": … and " + (list.size() - SHOWN_PER_KIND) + " more");
      }
    });
    out.println(line());
    out.println(verdict());
  }

  String line() {
    StringBuilder line = new StringBuilder("crash-suite ").append(store).append(':');
    figures.forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
    VIOLATIONS.forEach(kind -> line.append(' ').append(kind).append('=').append(count(kind)));
    return line.toString();
  }

  String verdict() {
    return "crash-suite " + store + ": " + (violations() == 0 ? "PASSED"
        : "FAILED with " + violations() + " violation(s)");
  }
}
