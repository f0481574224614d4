package io.oes.cli.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command of the repository's scripts as a user's shell would, and keeps its output. */
record Shell(int exitCode, String output) {

  /**
   * Runs {@code command} in {@code dir} with the environment changed by {@code env} (a null
   * value removes a variable), standard error merged into the output; fails after 2 minutes.
   */
  static Shell run(Path dir, Map<String, String> env, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(
            Path.of("/dev/null").toFile()));
    env.forEach((name, value) -> {
      if (value == null) {
        builder.environment().remove(name);
      } else {
        builder.environment().put(name, value);
      }
    });
    try {
      Process process = builder.start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(command + " did not end within 2 minutes");
      }
      return new Shell(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
