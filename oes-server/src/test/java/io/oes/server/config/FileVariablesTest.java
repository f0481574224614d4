package io.oes.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileVariablesTest {

  @TempDir Path dir;

  @Test
  void readsASecretFromTheFileNamedByItsFileVariable() throws IOException {
    Path key = write("api_key", "  file-key\n");
    Path secret = write("secret_key", "file-secret\n");

    OesConfig config =
        new ConfigLoader(
                Map.of(
                    "EXCHANGE_MODE", "live",
                    "BINANCE_API_KEY_FILE", key.toString(),
                    "BINANCE_SECRET_KEY_FILE", secret.toString()))
            .loadDefaults();

    AccountConfig account = config.exchange().accounts().get(0);
    assertThat(account.apiKey().orElseThrow().reveal()).isEqualTo("file-key");
    assertThat(account.secretKey().orElseThrow().reveal()).isEqualTo("file-secret");
  }

  @Test
  void expandsReferencesFromFilesToo() throws IOException {
    Path host = write("host", "10.9.8.7\n");

    OesConfig config =
        new ConfigLoader(Map.of("MY_HOST_FILE", host.toString()))
            .parse("server:\n  host: ${MY_HOST}\n");

    assertThat(config.server().host()).isEqualTo("10.9.8.7");
  }

  @Test
  void appliesToEveryOverrideVariable() throws IOException {
    Path port = write("port", "7777");

    OesConfig config =
        new ConfigLoader(Map.of("GRPC_PORT_FILE", port.toString())).loadDefaults();

    assertThat(config.server().grpcPort()).isEqualTo(7777);
  }

  @Test
  void refusesAVariableSetBothWays() throws IOException {
    Path key = write("api_key", "file-key");

    assertThatThrownBy(
            () ->
                new ConfigLoader(
                        Map.of("BINANCE_API_KEY", "k", "BINANCE_API_KEY_FILE", key.toString()))
                    .loadDefaults())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("BINANCE_API_KEY and BINANCE_API_KEY_FILE are both set");
  }

  @Test
  void namesAFileThatCannotBeRead() {
    Path missing = dir.resolve("absent");

    assertThatThrownBy(
            () ->
                new ConfigLoader(Map.of("BINANCE_API_KEY_FILE", missing.toString()))
                    .loadDefaults())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("BINANCE_API_KEY_FILE: cannot read \"" + missing + "\"");
  }

  @Test
  void namesTheFileVariableWhenItsValueIsWrong() throws IOException {
    Path port = write("port", "not-a-port");

    assertThatThrownBy(
            () -> new ConfigLoader(Map.of("HTTP_PORT_FILE", port.toString())).loadDefaults())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("server.http_port: \"not-a-port\" is not a port")
        .hasMessageContaining("(set by HTTP_PORT_FILE)");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
