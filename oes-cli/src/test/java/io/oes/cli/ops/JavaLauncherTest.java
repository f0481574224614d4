package io.oes.cli.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code ./mvnw} and {@code ./oes} pick their JDK and its options (scripts/find-java.sh), on
 * a machine whose default {@code java} is too old: a fake JDK 17 stands in for it.
 */
class JavaLauncherTest {

  @TempDir
  Path temp;

  /** A directory that looks like a JDK of {@code version} to find-java.sh, whose java fails. */
  private Path fakeJdk(String version) throws IOException {
    Path home = temp.resolve("jdk-" + version);
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"fake java $0 must not run\" >&2\nexit 3\n");
    java.toFile().setExecutable(true);
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    return home;
  }

  private Map<String, String> withOldDefaultJava() throws IOException {
    Path old = fakeJdk("17.0.15");
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", old.toString());
    env.put("PATH", old.resolve("bin") + ":/usr/local/bin:/usr/bin:/bin");
    return env;
  }

  @Test
  void theWrapperRunsMavenOnAJdkOf21OrNewerWhenTheDefaultJavaIs17() throws IOException {
    Shell maven = Shell.run(RepositoryFiles.path("."), withOldDefaultJava(),
        List.of("./mvnw", "-B", "-o", "--version"));

    assertThat(maven.exitCode()).as(maven.output()).isZero();
    assertThat(maven.output()).containsPattern("Java version: (2[1-9]|[3-9][0-9])")
        .doesNotContain("fake java").doesNotContain("sun.misc.Unsafe");
  }

  @Test
  void theUnsafeOptionIsGivenToJdk23AndNewerOnly() throws IOException {
    String script = RepositoryFiles.path("scripts/find-java.sh").toString();
    for (String version : List.of("21.0.5", "22", "23", "25.0.1")) {
      Shell options = Shell.run(temp, Map.of(), List.of("bash", "-c",
          ". \"$1\" && oes_jdk_options \"$2\"", "test", script, fakeJdk(version).toString()));
      assertThat(options.output().strip()).as(version).isEqualTo(
          version.startsWith("2") && Integer.parseInt(version.split("\\.")[0]) >= 23
              ? "--sun-misc-unsafe-memory-access=allow" : "");
    }
  }

  @Test
  void withItsOptionsTheRunningJdkPrintsNoUnsafeWarningWhenProtobufRuns() throws IOException {
    Path jdk = Path.of(System.getProperty("java.home"));
    String protobuf = Path.of(URI.create(com.google.protobuf.Value.class.getProtectionDomain()
        .getCodeSource().getLocation().toString())).toString();
    // Serialising a message makes protobuf read memory through sun.misc.Unsafe.
    Files.writeString(temp.resolve("Probe.java"), "class Probe { public static void main("
        + "String[] a) { System.out.println(com.google.protobuf.Value.newBuilder()"
        + ".setStringValue(\"x\").build().toByteArray().length); } }");
    Shell compiled = Shell.run(temp, Map.of(), List.of(jdk.resolve("bin/javac").toString(),
        "-cp", protobuf, "Probe.java"));
    assertThat(compiled.exitCode()).as(compiled.output()).isZero();
    List<String> probe = List.of("-cp", protobuf + ":" + temp, "Probe");

    Shell bare = Shell.run(temp, Map.of(), java(jdk, List.of(), probe));
    assumeTrue(bare.output().contains("sun.misc.Unsafe"),
        "this JDK does not warn about sun.misc.Unsafe, so there is nothing to silence");
    Shell options = Shell.run(temp, Map.of(), List.of("bash", "-c",
        ". \"$1\" && oes_jdk_options \"$2\"", "test",
        RepositoryFiles.path("scripts/find-java.sh").toString(), jdk.toString()));
    Shell quiet = Shell.run(temp, Map.of(),
        java(jdk, options.output().lines().filter(line -> !line.isBlank()).toList(), probe));

    assertThat(quiet.exitCode()).as(quiet.output()).isZero();
    assertThat(quiet.output().strip()).isEqualTo("3");
  }

  private static List<String> java(Path jdk, List<String> options, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(jdk.resolve("bin/java").toString());
    command.addAll(options);
    command.addAll(arguments);
    return command;
  }
}
