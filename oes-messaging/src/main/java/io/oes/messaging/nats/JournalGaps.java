package io.oes.messaging.nats;

import io.oes.core.feed.OrderEvent;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps publication in sequence order across holes in the journal. The run that continues the
 * cursor without a hole goes out at once; a hole (a sequence that is not committed while later
 * ones are) holds everything after it back, so an event committed late still goes out in its
 * place, and is skipped, with a warning, once it has lasted {@code gapWait} (a sequence the feed
 * numbered but the store never received). Used by the relay thread only.
 */
final class JournalGaps {
  private static final Logger LOG = LoggerFactory.getLogger(JournalGaps.class);

  private final long waitNanos;
  private long holeAfter = -1;
  private long holeSinceNanos;

  JournalGaps(Duration gapWait) {
    this.waitNanos = gapWait.toNanos();
  }

  /** The events of {@code page} (committed, after {@code cursor}, in order) to publish now. */
  List<OrderEvent> ready(long cursor, List<OrderEvent> page, long nowNanos) {
    int run = run(page, cursor + 1);
    if (run > 0 || page.isEmpty()) {
      holeAfter = -1;
      return page.subList(0, run);
    }
    if (holeAfter != cursor) {
      holeAfter = cursor;
      holeSinceNanos = nowNanos;
      return List.of();
    }
    if (nowNanos - holeSinceNanos < waitNanos) {
      return List.of();
    }
    long next = page.get(0).sequence();
    LOG.warn("Journal holds no event {} to {} (waited {} ms); publishing from {}", cursor + 1,
        next - 1, Duration.ofNanos(waitNanos).toMillis(), next);
    holeAfter = -1;
    return page.subList(0, run(page, next));
  }

  /** How many events at the head of {@code page} follow each other from {@code first}. */
  private static int run(List<OrderEvent> page, long first) {
    int n = 0;
    while (n < page.size() && page.get(n).sequence() == first + n) {
      n++;
    }
    return n;
  }
}
