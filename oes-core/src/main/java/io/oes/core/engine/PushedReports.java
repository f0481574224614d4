package io.oes.core.engine;

import io.oes.core.order.Order;
import io.oes.core.port.ExecutionReport;
import java.util.Optional;

/**
 * Applies the reports the exchange pushes (the user-data stream). A report naming an order the
 * book does not hold (it ended long ago) is applied once the order is read from the store, off
 * the writer; reports are idempotent, so one that arrives after a newer one changes nothing.
 * Writer only.
 */
final class PushedReports {
  private static final System.Logger LOG = System.getLogger(PushedReports.class.getName());

  private final AccountBook book;
  private final StoreReads reads;
  private final Writer writer;

  PushedReports(AccountBook book, StoreReads reads, Writer writer) {
    this.book = book;
    this.reads = reads;
    this.writer = writer;
  }

  /** Applies {@code report} if it names one of oes's orders; ignores it otherwise. */
  void onExecution(ExecutionReport report) {
    String clientId = report.exchangeClientId();
    if (!book.isOurs(clientId)) {
      return;
    }
    Optional<Order> held = book.byExchangeClientId(clientId);
    if (held.isPresent()) {
      book.applyReport(held.get(), report);
      return;
    }
    reads.byExchangeClientId(clientId)
        .thenAcceptAsync(stored -> stored.ifPresent(
            found -> book.applyReport(book.fromStore(found), report)), writer)
        .exceptionally(error -> {
          LOG.log(System.Logger.Level.WARNING, "report of " + clientId + " on account "
              + book.accountId() + " not applied: its order could not be read: "
              + error.getMessage());
          return null;
        });
  }
}
