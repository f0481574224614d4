package io.oes.cli.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * Keeps the Binance client's informational logs (its clock sync) off standard output while the
 * bench uses it, so {@code --json} output stays one parseable document. Warnings still show.
 */
final class ClientLogs {
  private static final String CLIENT_LOGGER = "io.oes.binance";

  private ClientLogs() {}

  static void quiet() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      Logger client = context.getLogger(CLIENT_LOGGER);
      if (client.getLevel() == null || !client.getLevel().isGreaterOrEqual(Level.WARN)) {
        client.setLevel(Level.WARN);
      }
    }
  }
}
