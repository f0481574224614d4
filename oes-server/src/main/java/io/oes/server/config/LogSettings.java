package io.oes.server.config;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@code log} section to logback once the configuration is loaded. {@code logback.xml}
 * already follows {@code LOG_LEVEL} and {@code LOG_FORMAT}; this makes the YAML file's choice
 * count too. Call it once at start-up, before the servers start.
 *
 * <p>Lines go through an {@link AsyncAppender} that never drops and blocks only when its queue is
 * full, so writing the console is off the engine's thread; {@link #flush} before exiting.
 */
public final class LogSettings {

  /** Lines that may wait for the console; beyond this, loggers wait rather than drop. */
  private static final int QUEUE_LINES = 8192;
  /** How long an exiting process waits for queued lines to be written. */
  private static final int FLUSH_MILLIS = 2000;

  static final String TEXT_PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

  private LogSettings() {}

  /** Sets the root level and, when it differs, the console format. */
  public static void apply(LogConfig log) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(log.level(), Level.INFO));
    String name = log.format().configName();
    if (root.getAppender(name) == null) {
      root.detachAndStopAllAppenders();
      root.addAppender(queued(context, name,
          console(context, name + "-console", encoder(context, log.format()))));
    }
  }

  /** Writes out every queued line and stops logging; the last call before the process exits. */
  public static void flush() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.stop();
    }
  }

  private static AsyncAppender queued(LoggerContext context, String name,
      Appender<ILoggingEvent> target) {
    AsyncAppender appender = new AsyncAppender();
    appender.setContext(context);
    appender.setName(name);
    appender.setQueueSize(QUEUE_LINES);
    appender.setDiscardingThreshold(0);
    appender.setNeverBlock(false);
    appender.setMaxFlushTime(FLUSH_MILLIS);
    appender.addAppender(target);
    appender.start();
    return appender;
  }

  private static ConsoleAppender<ILoggingEvent> console(
      LoggerContext context, String name, Encoder<ILoggingEvent> encoder) {
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setName(name);
    appender.setEncoder(encoder);
    appender.start();
    return appender;
  }

  private static Encoder<ILoggingEvent> encoder(LoggerContext context, LogFormat format) {
    if (format == LogFormat.JSON) {
      JsonEncoder json = new JsonEncoder();
      json.setContext(context);
      json.setWithSequenceNumber(false);
      json.setWithNanoseconds(false);
      json.setWithContext(false);
      json.setWithMessage(false);
      json.setWithArguments(false);
      json.setWithFormattedMessage(true);
      json.start();
      return json;
    }
    PatternLayoutEncoder text = new PatternLayoutEncoder();
    text.setContext(context);
    text.setPattern(TEXT_PATTERN);
    text.start();
    return text;
  }
}
