package io.oes.server.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.slf4j.LoggerFactory;

/**
 * Everything a run writes: standard output and error (still passed through), every log event
 * with its stack trace, whatever appender the configuration picked, and every java.util.logging
 * record that reaches its root logger (where gRPC's own records go unless routed elsewhere).
 */
final class CapturedOutput implements AutoCloseable {

  private final PrintStream originalOut = System.out;
  private final PrintStream originalErr = System.err;
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
  private final List<LogRecord> julRecords = Collections.synchronizedList(new ArrayList<>());
  private final Handler julCapture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      julRecords.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  CapturedOutput() {
    System.setOut(new PrintStream(new Tee(originalOut, console), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new Tee(originalErr, console), true, StandardCharsets.UTF_8));
    events.start();
    root.addAppender(events);
    julRoot.addHandler(julCapture);
  }

  /** All captured text: console bytes, then each event's message, arguments and stack trace. */
  synchronized String text() {
    StringBuilder all = new StringBuilder(console.toString(StandardCharsets.UTF_8));
    for (ILoggingEvent event : events.list) {
      all.append('\n').append(event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        all.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
      event.getMDCPropertyMap().forEach((k, v) -> all.append(' ').append(k).append('=').append(v));
    }
    synchronized (julRecords) {
      for (LogRecord record : julRecords) {
        all.append('\n').append(record.getMessage());
        if (record.getThrown() != null) {
          StringWriter trace = new StringWriter();
          record.getThrown().printStackTrace(new PrintWriter(trace));
          all.append('\n').append(trace);
        }
      }
    }
    return all.toString();
  }

  /** Log events and java.util.logging records seen so far: the lines a log would hold. */
  int eventCount() {
    return events.list.size() + julRecords.size();
  }

  @Override
  public void close() {
    julRoot.removeHandler(julCapture);
    root.detachAppender(events);
    events.stop();
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Tee(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws java.io.IOException {
      first.write(b);
      synchronized (second) {
        second.write(b);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
      first.write(bytes, offset, length);
      synchronized (second) {
        second.write(bytes, offset, length);
      }
    }
  }
}
