package io.oes.cli.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile, read instruction by instruction (no Docker needed): a Maven build stage, a JRE
 * runtime stage running as a non-root user, both ports, and a health check on liveness.
 */
class DockerfileTest {

  private static Dockerfile dockerfile;

  @BeforeAll
  static void readDockerfile() throws Exception {
    dockerfile = Dockerfile.read();
  }

  private static List<String> all(String keyword) {
    return dockerfile.all(keyword);
  }

  private static List<Dockerfile.Instruction> runtimeStage() {
    return dockerfile.runtimeStage();
  }

  @Test
  void itBuildsWithMavenOnJdk21AndRunsOnAJre21() {
    assertThat(all("FROM")).hasSize(2);
    assertThat(all("FROM").get(0)).startsWith("maven:3.9").contains("temurin-21").endsWith("AS build");
    assertThat(all("FROM").get(1)).startsWith("eclipse-temurin:21-jre");
    assertThat(all("RUN").get(0)).contains("./mvnw").contains("-DskipTests package");
  }

  @Test
  void theRuntimeHoldsOnlyTheDistributionFromTheBuild() {
    List<String> copies = runtimeStage().stream().filter(i -> i.keyword().equals("COPY"))
        .map(Dockerfile.Instruction::arguments).filter(a -> a.startsWith("--from=build")).toList();
    assertThat(copies).containsExactly(
        "--from=build /src/oes-cli/target/oes.jar /opt/oes/oes.jar",
        "--from=build /src/oes-cli/target/lib/ /opt/oes/lib/");
  }

  @Test
  void theServiceRunsAsANonRootUserCreatedInTheImage() {
    List<Dockerfile.Instruction> runtime = runtimeStage();
    List<String> users = runtime.stream().filter(i -> i.keyword().equals("USER"))
        .map(Dockerfile.Instruction::arguments).toList();
    assertThat(users).containsExactly("oes");
    assertThat(runtime.stream().filter(i -> i.keyword().equals("RUN")).map(Dockerfile.Instruction::arguments))
        .anyMatch(run -> run.contains("useradd --system") && run.contains(" oes"));
    assertThat(runtime.indexOf(runtime.stream().filter(i -> i.keyword().equals("USER"))
        .findFirst().orElseThrow())).isLessThan(runtime.size() - 1);
  }

  @Test
  void itExposesBothPortsAndChecksLiveness() {
    assertThat(all("EXPOSE")).containsExactly("50051 9091");
    assertThat(all("HEALTHCHECK")).singleElement().satisfies(check -> assertThat(check)
        .contains("CMD curl -fsS").contains("/health/live").contains("HTTP_PORT:-9091"));
    assertThat(all("ENV")).anyMatch(env -> env.contains("OES_HOST=0.0.0.0"));
  }

  @Test
  void theEntryPointServesFromTheDistribution() {
    assertThat(all("ENTRYPOINT")).containsExactly("[\"java\", \"-XX:MaxRAMPercentage=75\", "
        + "\"-XX:SharedArchiveFile=/opt/oes/oes.jsa\", \"-Xlog:cds=off\", "
        + "\"-Xlog:cds+dynamic=off\", \"-jar\", \"/opt/oes/oes.jar\", \"serve\"]");
    assertThat(RepositoryFiles.path("mvnw")).exists();
    assertThat(RepositoryFiles.path("config/example.yaml")).exists();
  }

  @Test
  void theImageMakesTheStartUpArchiveTheEntryPointNamesOrFallsBackToTheJresOwn() {
    assertThat(runtimeStage().stream().filter(i -> i.keyword().equals("RUN"))
        .map(Dockerfile.Instruction::arguments))
        .anyMatch(run -> run.contains("oes_archive_train \"$JAVA_HOME\" /opt/oes/oes.jar "
            + "/opt/oes/oes.jsa") && run.contains("|| cp \"$JAVA_HOME/lib/server/classes.jsa\" "
            + "/opt/oes/oes.jsa"));
    assertThat(RepositoryFiles.path("scripts/startup-archive.sh")).exists();
  }

  @Test
  void theBuildContextLeavesOutBuildOutputHistoryAndSecrets() throws Exception {
    assertThat(Files.readAllLines(RepositoryFiles.path(".dockerignore")))
        .contains(".git", "**/target", ".env");
  }
}
