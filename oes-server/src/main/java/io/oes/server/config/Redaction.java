package io.oes.server.config;

import java.util.regex.Pattern;

/** Masks passwords embedded in connection strings before they are printed. */
final class Redaction {

  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(://[^:/@]*:)[^@/]*@");
  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)(password=)[^&;]*");

  private Redaction() {}

  /** {@code redis://u:pw@h} → {@code redis://u:***@h}; {@code ...?password=pw} likewise. */
  static String address(String address) {
    String masked = USER_INFO_PASSWORD.matcher(address).replaceAll("$1***@");
    return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1***");
  }
}
