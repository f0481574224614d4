package io.oes.cli.crash;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events in the JetStream stream equal the journal: every journal entry published once (its
 * update, and its fill when it has one), nothing published that the journal does not hold.
 */
final class EventChecks {
  private EventChecks() {}

  static void check(List<JournalEvent> journal, List<JournalEvent> streamed, Totals totals) {
    Map<String, JournalEvent> expected = new HashMap<>();
    for (JournalEvent event : journal) {
      expected.put(key(event.sequence(), false), event);
      if (event.fill()) {
        expected.put(key(event.sequence(), true), new JournalEvent(event.sequence(),
            event.orderId(), "FILL", true));
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    for (JournalEvent message : streamed) {
      String key = key(message.sequence(), message.fill());
      JournalEvent entry = expected.get(key);
      if (entry == null || !entry.sameAs(message)) {
        totals.violation("nats_extra", message + " is not in the journal"
            + (entry == null ? "" : " (the journal has " + entry + ")"));
      } else if (seen.merge(key, 1, Integer::sum) > 1) {
        totals.violation("nats_duplicates", message + " is in the stream more than once");
      }
    }
    expected.forEach((key, entry) -> {
      if (!seen.containsKey(key)) {
        totals.violation("nats_missing", entry + " was never published");
      }
    });
    totals.figure("nats_messages", streamed.size());
  }

  private static String key(long sequence, boolean fill) {
    return sequence + (fill ? "/fill" : "/update");
  }
}
