package io.oes.core.port;

import io.oes.core.order.Fill;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the store remembers of the accounts beyond single orders, read once at start to rebuild
 * what the engines keep in memory: positions (from the fills) and daily order counts. Reads
 * committed data only; may block on I/O (call it before the engines start).
 */
public interface AccountHistory {

  /**
   * Hands {@code action} every stored fill, in the order the journal recorded them.
   *
   * @throws RuntimeException when the store cannot be read
   */
  void forEachFill(Consumer<StoredFill> action);

  /**
   * How many orders each account's users placed at or after {@code from}, split by whether the
   * order is still open.
   *
   * @throws RuntimeException when the store cannot be read
   */
  List<OrderCount> ordersSince(Instant from);

  /**
   * One fill with what the store knows of its order.
   *
   * @param userId null for an order oes adopted without knowing its user
   * @param orderOpen whether the order was still open (not final) when stored last
   */
  record StoredFill(String accountId, String userId, boolean orderOpen, Fill fill) {}

  /** {@code orders} orders of {@code userId} on {@code accountId}, open or finished. */
  record OrderCount(String accountId, String userId, boolean open, int orders) {}
}
