package io.oes.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One durable commit of a small row in SQLite as the embedded store opens it (WAL, {@code
 * synchronous=FULL}), in a fresh file under {@code java.io.tmpdir}: mostly the disk's sync. Every
 * CreateOrder waits for two such commits (its intent before it is sent, its answer before the
 * caller hears it), so twice this is the part of its latency no code change can remove. Sampled,
 * so the report gives percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SqliteCommitBenchmark {
  private static final String ROW = "x".repeat(300);

  private Path folder;
  private Connection connection;
  private PreparedStatement insert;

  @Setup(Level.Trial)
  public void open() throws IOException, SQLException {
    folder = Files.createTempDirectory("oes-jmh-sqlite");
    connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("commit.db"));
    try (Statement st = connection.createStatement()) {
      st.execute("PRAGMA journal_mode=WAL");
      st.execute("PRAGMA synchronous=FULL");
      st.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
    }
    connection.setAutoCommit(false);
    insert = connection.prepareStatement("INSERT INTO rows (body) VALUES (?)");
  }

  @Benchmark
  public int insertAndCommit() throws SQLException {
    insert.setString(1, ROW);
    int rows = insert.executeUpdate();
    connection.commit();
    return rows;
  }

  @TearDown(Level.Trial)
  public void close() throws IOException, SQLException {
    insert.close();
    connection.close();
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(folder);
  }
}
