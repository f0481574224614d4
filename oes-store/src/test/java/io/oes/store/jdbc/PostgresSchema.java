package io.oes.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A schema of a test's own on the PostgreSQL server of this machine (127.0.0.1:5432, database
 * {@code test}, user {@code postgres}), so tests running side by side never see each other's
 * rows. Created by {@link #create}, dropped with everything in it by {@link #drop}.
 */
public final class PostgresSchema {
  public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
  public static final String USER = "postgres";

  private final String name;

  private PostgresSchema(String name) {
    this.name = name;
  }

  /** A new schema named {@code prefix} and a random suffix. */
  public static PostgresSchema create(String prefix) throws SQLException {
    PostgresSchema schema = new PostgresSchema(
        prefix + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1));
    execute("CREATE SCHEMA " + schema.name);
    return schema;
  }

  public String name() {
    return name;
  }

  /** The JDBC URL whose connections work in this schema. */
  public String url() {
    return SERVER + "?currentSchema=" + name;
  }

  public void drop() throws SQLException {
    execute("DROP SCHEMA " + name + " CASCADE");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER, USER, "");
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
