package io.oes.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.server.config.value.Secret;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnvironmentOverridesTest {

  private static final String FILE =
      """
      server:
        host: 0.0.0.0
        grpc_port: 6000
        http_port: 6001
      exchange:
        mode: testnet
        accounts:
          - id: first
            api_key: file-key
            secret_key: file-secret
      log:
        level: debug
      """;

  static Stream<Arguments> overrides() {
    return Stream.of(
        row("OES_HOST replaces server.host", Map.of("OES_HOST", "10.1.1.1"),
            get(c -> c.server().host()), "10.1.1.1"),
        row("GRPC_PORT replaces server.grpc_port", Map.of("GRPC_PORT", "7000"),
            get(c -> c.server().grpcPort()), 7000),
        row("HTTP_PORT replaces server.http_port", Map.of("HTTP_PORT", "7001"),
            get(c -> c.server().httpPort()), 7001),
        row("EXCHANGE_MODE replaces exchange.mode", Map.of("EXCHANGE_MODE", "live"),
            get(c -> c.exchange().mode()), ExchangeMode.LIVE),
        row("BINANCE_API_KEY replaces the first account's key",
            Map.of("BINANCE_API_KEY", "env-key"),
            get(c -> c.exchange().accounts().get(0).apiKey().orElseThrow().reveal()), "env-key"),
        row("BINANCE_SECRET_KEY replaces the first account's secret",
            Map.of("BINANCE_SECRET_KEY", "env-secret"),
            get(c -> c.exchange().accounts().get(0).secretKey().orElseThrow().reveal()),
            "env-secret"),
        row("keys from the environment keep the account's id",
            Map.of("BINANCE_API_KEY", "env-key"),
            get(c -> c.exchange().accounts().get(0).id()), "first"),
        row("LOG_LEVEL replaces log.level", Map.of("LOG_LEVEL", "warn"),
            get(c -> c.log().level()), "WARN"),
        row("LOG_FORMAT replaces log.format", Map.of("LOG_FORMAT", "json"),
            get(c -> c.log().format()), LogFormat.JSON),
        row("REDIS_ADDRESS selects redis with that address", Map.of("REDIS_ADDRESS", "r:6380"),
            get(c -> c.cache().type() + " " + c.cache().address().orElseThrow()), "REDIS r:6380"),
        row("NATS_ADDRESS selects nats with that address",
            Map.of("NATS_ADDRESS", "nats://n:4222"),
            get(c -> c.events().type() + " " + c.events().address().orElseThrow()),
            "NATS nats://n:4222"),
        row("DATABASE_URL of postgres selects postgres",
            Map.of("DATABASE_URL", "postgres://u:p@db:5432/oes"),
            get(c -> c.store().type()), StoreType.POSTGRES),
        row("DATABASE_URL of sqlite selects sqlite", Map.of("DATABASE_URL", "jdbc:sqlite:./data/oes.db"),
            get(c -> c.store().type()), StoreType.SQLITE),
        row("BINANCE_TESTNET=false never selects live", Map.of("BINANCE_TESTNET", "false"),
            get(c -> c.exchange().mode()), ExchangeMode.TESTNET),
        row("an empty variable overrides nothing", Map.of("GRPC_PORT", ""),
            get(c -> c.server().grpcPort()), 6000));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overrides")
  void environmentWinsOverTheFile(
      String name, Map<String, String> env, Function<OesConfig, Object> read, Object expected) {
    OesConfig config = new ConfigLoader(env).parse(FILE);

    assertThat(read.apply(config)).isEqualTo(expected);
  }

  @Test
  void testnetFlagAndCredentialsWithoutAccountsSelectTestnetWithTheMainAccount() {
    OesConfig config =
        new ConfigLoader(
                Map.of("BINANCE_TESTNET", "true", "BINANCE_API_KEY", "k",
                    "BINANCE_SECRET_KEY", "s"))
            .loadDefaults();

    assertThat(config.exchange().accounts())
        .singleElement()
        .satisfies(
            account -> {
              assertThat(account.id()).isEqualTo("main");
              assertThat(account.apiKey().map(Secret::reveal)).isEqualTo(Optional.of("k"));
              assertThat(account.servesEveryone()).isTrue();
            });
    assertThat(config.exchange().mode()).isEqualTo(ExchangeMode.TESTNET);
  }

  private static Function<OesConfig, Object> get(Function<OesConfig, Object> read) {
    return read;
  }

  private static Arguments row(Object... values) {
    return Arguments.of(values);
  }
}
