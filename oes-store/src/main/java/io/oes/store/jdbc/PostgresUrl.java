package io.oes.store.jdbc;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL address as JDBC wants it. Accepts a JDBC URL ({@code jdbc:postgresql://…}) or
 * the {@code postgres://user:pass@host:port/db?params} form that {@code DATABASE_URL} often
 * holds; credentials in the URL are used when none are given separately.
 *
 * @param jdbcUrl the URL without credentials, safe to log
 */
public record PostgresUrl(String jdbcUrl, String user, String password) {

  public static PostgresUrl parse(String url, String user, String password) {
    if (url.startsWith("jdbc:")) {
      return new PostgresUrl(url, user, password);
    }
    if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
      throw new IllegalArgumentException("database url must start with jdbc:postgresql://,"
          + " postgres:// or postgresql://, got " + redacted(url));
    }
    URI uri = URI.create(url);
    String urlUser = null;
    String urlPassword = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      urlUser = decode(parts[0]);
      urlPassword = parts.length > 1 ? decode(parts[1]) : null;
    }
    int port = uri.getPort() == -1 ? 5432 : uri.getPort();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query;
    return new PostgresUrl(jdbc, blank(user) ? urlUser : user,
        blank(password) ? urlPassword : password);
  }

  /** {@code url} with any password replaced by {@code ***}, for messages. */
  public static String redacted(String url) {
    return url.replaceAll("(//[^:/@]*:)[^@]*@", "$1***@")
        .replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
