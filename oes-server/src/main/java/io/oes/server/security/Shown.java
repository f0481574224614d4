package io.oes.server.security;

/**
 * How a client-supplied string appears in an error message: short and printable, so a hostile
 * value can neither flood the status nor smuggle control characters into logs.
 */
public final class Shown {

  private static final int MAX_CHARS = 64;

  private Shown() {}

  public static String value(String text) {
    StringBuilder shown = new StringBuilder();
    int limit = Math.min(text.length(), MAX_CHARS);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      shown.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    if (text.length() > MAX_CHARS) {
      shown.append("… (").append(text.length()).append(" characters)");
    }
    return shown.toString();
  }
}
