package io.oes.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultsTest {

  @Test
  void noFileAndNoEnvironmentGiveTheEmbeddedGateway() {
    OesConfig config = OesConfig.defaults();

    assertThat(config.server())
        .isEqualTo(new ServerConfig("127.0.0.1", 50051, 9091, List.of("*"), 10_000,
            100_000));
    assertThat(config.exchange().mode()).isEqualTo(ExchangeMode.SIM);
    assertThat(config.exchange().recvWindowMs()).isEqualTo(5000);
    assertThat(config.exchange().requestTimeoutMs()).isEqualTo(5000);
    assertThat(config.exchange().exchangeInfoRefreshSeconds()).isEqualTo(3600);
    assertThat(config.exchange().accounts()).containsExactly(AccountConfig.defaultAccount());
    assertThat(config.sim()).isEqualTo(new SimConfig(0, 42, true));
    assertThat(config.store().type()).isEqualTo(StoreType.SQLITE);
    assertThat(config.cache()).isEqualTo(new CacheConfig(CacheType.MEMORY, Optional.empty(),
        86_400));
    assertThat(config.events()).isEqualTo(new EventsConfig(EventsType.MEMORY, Optional.empty(),
        Optional.empty(), false));
    assertThat(config.log()).isEqualTo(new LogConfig("INFO", LogFormat.TEXT));
  }

  @Test
  void noFileABlankFileAndAFileOfCommentsAllMeanTheDefaults() {
    ConfigLoader loader = new ConfigLoader(Map.of("GRPC_PORT", "50999"));

    assertThat(List.of(loader.parse(""), loader.parse(" \n\t\n"), loader.parse("# nothing\n")))
        .containsOnly(loader.loadDefaults());
    assertThat(loader.loadDefaults().server().grpcPort()).isEqualTo(50999);
  }

  @Test
  void anEmptyFileAndEmptySectionsMeanTheDefaults() {
    OesConfig config = new ConfigLoader(Map.of()).parse("server:\nexchange: {}\n");

    assertThat(config).isEqualTo(OesConfig.defaults());
  }

  @Test
  void loadsAFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("oes.yaml"), "server:\n  http_port: 9191\n");

    assertThat(new ConfigLoader(Map.of()).load(file).server().httpPort()).isEqualTo(9191);
  }

  @Test
  void backendsSelectedWithoutAddressGetTheUsualOnes() {
    OesConfig config =
        new ConfigLoader(Map.of()).parse("cache: {type: redis}\nevents: {type: nats}\n");

    assertThat(config.cache().address()).contains("localhost:6379");
    assertThat(config.events().address()).contains("nats://localhost:4222");
  }

  @Test
  void eachModeHasItsOwnExchangeUrlsAndTheSimulatorUsesItsRunTimeOnes() {
    URI simRest = URI.create("http://127.0.0.1:40000");
    URI simWs = URI.create("ws://127.0.0.1:40000");
    ExchangeConfig sim = OesConfig.defaults().exchange();
    ExchangeConfig testnet =
        new ConfigLoader(Map.of("BINANCE_TESTNET", "true", "BINANCE_API_KEY", "k",
                "BINANCE_SECRET_KEY", "s"))
            .loadDefaults()
            .exchange();

    assertThat(sim.restBaseUrl(simRest)).isEqualTo(simRest);
    assertThat(sim.webSocketBaseUrl(simWs)).isEqualTo(simWs);
    assertThat(testnet.restBaseUrl(simRest)).hasToString("https://demo-fapi.binance.com");
    assertThat(ExchangeMode.LIVE.defaultRestUrl()).contains(URI.create("https://fapi.binance.com"));
  }

  @Test
  void aBaseUrlOverridesTheModesUrl() {
    OesConfig config =
        new ConfigLoader(Map.of()).parse("exchange: {base_url: 'http://127.0.0.1:8080'}");

    assertThat(config.exchange().restBaseUrl(URI.create("http://sim")))
        .hasToString("http://127.0.0.1:8080");
  }
}
