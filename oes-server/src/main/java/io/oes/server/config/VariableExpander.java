package io.oes.server.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${VAR}} and {@code ${VAR:-default}} in the text of a configuration file before
 * it is parsed; {@code $$} stands for a literal {@code $}. The default is used when the variable
 * is unset or empty. An unset variable without a default is a problem naming it and its line.
 * Whole-line comments are left alone, so a commented-out reference needs no variable.
 */
final class VariableExpander {

  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}|\\$\\{[^}]*}?");

  private final Environment environment;
  private final Problems problems;

  VariableExpander(Environment environment, Problems problems) {
    this.environment = environment;
    this.problems = problems;
  }

  /** The text with every reference replaced; {@code source} names the file in problems. */
  String expand(String text, String source) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      boolean comment = lines[i].stripLeading().startsWith("#");
      out.append(comment ? lines[i] : expandLine(lines[i], source + " line " + (i + 1)));
    }
    return out.toString();
  }

  private String expandLine(String line, String where) {
    Matcher matcher = REFERENCE.matcher(line);
    StringBuilder out = new StringBuilder(line.length());
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement(matcher, where)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private String replacement(Matcher matcher, String where) {
    String reference = matcher.group();
    if (reference.equals("$$")) {
      return "$";
    }
    String name = matcher.group(1);
    if (name == null) {
      problems.general(
          where + ": " + reference + " is not a variable reference (use ${NAME}, "
              + "${NAME:-default}, or $$ for a literal $)");
      return "";
    }
    Optional<String> value = environment.get(name);
    String fallback = matcher.group(2);
    if (value.isEmpty() && fallback == null) {
      problems.general(where + ": ${" + name + "} is not set and has no default");
      return "";
    }
    return value.orElse(fallback);
  }
}
