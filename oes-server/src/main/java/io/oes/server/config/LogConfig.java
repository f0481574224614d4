package io.oes.server.config;

import java.util.List;

/**
 * Logging.
 *
 * @param level the root level, upper case: one of {@link #LEVELS}
 * @param format text or json
 */
public record LogConfig(String level, LogFormat format) {

  /** The levels logback knows, most verbose first. */
  public static final List<String> LEVELS =
      List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

  public static final String DEFAULT_LEVEL = "INFO";
}
