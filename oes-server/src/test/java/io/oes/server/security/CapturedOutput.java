package io.oes.server.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;

/**
 * Everything a run writes: standard output and error (still passed through), and every log
 * event with its stack trace, whatever appender the configuration picked.
 */
final class CapturedOutput implements AutoCloseable {

  private final PrintStream originalOut = System.out;
  private final PrintStream originalErr = System.err;
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  CapturedOutput() {
    System.setOut(new PrintStream(new Tee(originalOut, console), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new Tee(originalErr, console), true, StandardCharsets.UTF_8));
    events.start();
    root.addAppender(events);
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
    return all.toString();
  }

  int eventCount() {
    return events.list.size();
  }

  @Override
  public void close() {
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
