package io.oes.server.config;

import java.util.List;

/**
 * The configuration cannot be used. The message has one line per problem, each naming the key
 * (or variable, or line), the offending value with secrets masked, and what is allowed.
 */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as one line, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
