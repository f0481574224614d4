package io.oes.server.lifecycle;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.slf4j.LoggerFactory;

/**
 * Every line logged at INFO or above while it is open, through SLF4J (the adapters and the server)
 * and through {@code System.Logger}/JUL (the core), each as one line with its exception chain.
 */
final class LogWatch implements AutoCloseable {
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
    @Override
    protected void append(ILoggingEvent event) {
      if (event.getLevel().isGreaterOrEqual(Level.INFO)) {
        lines.add(event.getLevel() + " " + event.getLoggerName() + " "
            + event.getFormattedMessage() + causes(event.getThrowableProxy()));
      }
    }
  };
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= java.util.logging.Level.INFO.intValue()) {
        StringBuilder line = new StringBuilder(record.getLevel() + " " + record.getLoggerName()
            + " " + record.getMessage());
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
          line.append(" | ").append(t);
        }
        lines.add(line.toString());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  LogWatch() {
    appender.setContext(root.getLoggerContext());
    appender.start();
    root.addAppender(appender);
    java.util.logging.Logger.getLogger("").addHandler(handler);
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  /** The lines that contain {@code text}. */
  List<String> containing(String text) {
    return lines.stream().filter(line -> line.contains(text)).toList();
  }

  /** Lines that say the engine met an order change it holds impossible. */
  List<String> lifecycleErrors() {
    return lines.stream().filter(line -> line.contains("IllegalTransition")
        || line.contains("engine command failed") || line.contains(": no transition from "))
        .toList();
  }

  private static String causes(IThrowableProxy proxy) {
    StringBuilder text = new StringBuilder();
    for (IThrowableProxy t = proxy; t != null; t = t.getCause()) {
      text.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
    }
    return text.toString();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
    java.util.logging.Logger.getLogger("").removeHandler(handler);
  }
}
