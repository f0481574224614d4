package io.oes.server.security;

import java.util.OptionalLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes gRPC's own log records (java.util.logging) into the gateway's log, in its format (text
 * or JSON), at most one line a second with a count of those left out. Without it every oversized
 * request writes a multi-line stack trace to standard error, outside the configured format, and
 * a client can fill the log at will.
 *
 * <p>A line carries the record's message and its exception's one-line summary; only SEVERE
 * records, which mean a bug in the gateway, keep their stack trace.
 */
final class GrpcLogGate extends Handler {

  /** Held so that the logger, and the handler set on it, are never collected. */
  private static final java.util.logging.Logger GRPC = java.util.logging.Logger.getLogger("io.grpc");

  private final OncePerSecond gate = new OncePerSecond();

  private GrpcLogGate() {}

  /** Installs the gate once per process; later calls do nothing. */
  static synchronized void install() {
    for (Handler handler : GRPC.getHandlers()) {
      if (handler instanceof GrpcLogGate) {
        return;
      }
    }
    GRPC.setUseParentHandlers(false);
    GRPC.addHandler(new GrpcLogGate());
  }

  @Override
  public void publish(LogRecord record) {
    if (!isLoggable(record)) {
      return;
    }
    OptionalLong left = gate.admit();
    if (left.isEmpty()) {
      return;
    }
    Throwable thrown = record.getThrown();
    Logger log = LoggerFactory.getLogger(
        record.getLoggerName() == null ? GRPC.getName() : record.getLoggerName());
    String line = record.getMessage() + (thrown == null ? "" : ": " + thrown)
        + OncePerSecond.leftOut(left.getAsLong(), "gRPC log records");
    int level = record.getLevel().intValue();
    if (level >= Level.SEVERE.intValue()) {
      log.error(line, thrown);
    } else if (level >= Level.WARNING.intValue()) {
      log.warn(line);
    } else if (level >= Level.INFO.intValue()) {
      log.info(line);
    } else {
      log.debug(line);
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
