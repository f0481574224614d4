package io.oes.cli.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.oes.server.config.CacheType;
import io.oes.server.config.ConfigException;
import io.oes.server.config.ConfigLoader;
import io.oes.server.config.EventsType;
import io.oes.server.config.ExchangeMode;
import io.oes.server.config.OesConfig;
import io.oes.server.config.StoreType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The shipped configuration files, read by the gateway's own loader (which refuses unknown
 * keys): the example must mean the defaults and name every key; production must select
 * PostgreSQL, Redis, NATS and testnet.
 */
class ConfigFilesTest {

  private static final Path EXAMPLE = RepositoryFiles.path("config/example.yaml");
  private static final Path PRODUCTION = RepositoryFiles.path("config/production.yaml");
  private static final Pattern KNOWN = Pattern.compile("known here: ([^)]*)\\)");

  @Test
  void theExampleLoadsAndMeansTheDefaults() {
    OesConfig example = new ConfigLoader(Map.of()).load(EXAMPLE);
    assertThat(example).isEqualTo(new ConfigLoader(Map.of()).loadDefaults());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "root|zz_unknown: 1",
      "server|server: {zz_unknown: 1}",
      "exchange|exchange: {zz_unknown: 1}",
      "account|exchange: {accounts: [{zz_unknown: 1}]}",
      "sim|sim: {zz_unknown: 1}",
      "store|store: {zz_unknown: 1}",
      "cache|cache: {zz_unknown: 1}",
      "events|events: {zz_unknown: 1}",
      "log|log: {zz_unknown: 1}",
      "cluster|cluster: {zz_unknown: 1}"})
  void theExampleNamesEveryKeyTheLoaderKnows(String section, String yaml) throws Exception {
    ConfigException refused = catchThrowableOfType(ConfigException.class,
        () -> new ConfigLoader(Map.of()).parse(yaml));
    Matcher known = KNOWN.matcher(refused.getMessage());
    assertThat(known.find()).as(refused.getMessage()).isTrue();
    List<String> keys = Arrays.stream(known.group(1).split(",")).map(String::strip).toList();
    String example = Files.readString(EXAMPLE);
    assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(example)
        .as("config/example.yaml names %s.%s", section, key)
        .containsPattern("(?m)^\\s*(#\\s*)?(- )?" + key + ":"));
  }

  @Test
  void theClusterOfTheComposeFileRunsTwoInstancesOfOneConfigurationOnSharedBackends()
      throws Exception {
    OesConfig a = new ConfigLoader(Map.of("OES_INSTANCE_ID", "oes-a",
        "OES_ADDRESS", "oes-a:50051")).load(RepositoryFiles.path("deploy/cluster.yaml"));
    assertThat(a.cluster().enabled()).isTrue();
    assertThat(a.cluster().instanceId()).isEqualTo("oes-a");
    assertThat(a.cluster().address()).contains("oes-a:50051");
    assertThat(a.store().type()).isEqualTo(StoreType.POSTGRES);
    assertThat(a.cache().type()).isEqualTo(CacheType.REDIS);
    assertThat(a.events().type()).isEqualTo(EventsType.NATS);

    JsonNode compose = new YAMLMapper().readTree(RepositoryFiles.path("deploy/compose.yaml")
        .toFile()).get("services");
    assertThat(List.of("oes-a", "oes-b")).allSatisfy(instance -> assertThat(
        compose.get(instance).get("environment").get("OES_INSTANCE_ID").asText())
        .isEqualTo(instance));
    // the simulator holds exactly the keys the accounts trade with
    String simulator = compose.get("simulator").get("entrypoint").toString();
    assertThat(a.exchange().accounts()).allSatisfy(account -> assertThat(simulator)
        .contains(account.apiKey().orElseThrow().reveal()));
  }

  @Test
  void productionSelectsPostgresRedisNatsAndTestnet() {
    OesConfig production = new ConfigLoader(Map.of("BINANCE_API_KEY", "key",
        "BINANCE_SECRET_KEY", "secret", "DATABASE_PASSWORD", "password",
        "OES_ADMIN_KEY_HASH", "sha256:" + "ab".repeat(32))).load(PRODUCTION);
    assertThat(production.exchange().mode()).isEqualTo(ExchangeMode.TESTNET);
    assertThat(production.store().type()).isEqualTo(StoreType.POSTGRES);
    assertThat(production.store().url()).contains("jdbc:postgresql://localhost:5432/oes");
    assertThat(production.cache().type()).isEqualTo(CacheType.REDIS);
    assertThat(production.events().type()).isEqualTo(EventsType.NATS);
    assertThat(production.security().apiKeys()).hasSize(1);
  }

  @Test
  void productionWithoutCredentialsNamesWhatIsMissing() {
    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(PRODUCTION))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("BINANCE_API_KEY").hasMessageContaining("BINANCE_SECRET_KEY")
        .hasMessageContaining("DATABASE_PASSWORD").hasMessageContaining("OES_ADMIN_KEY_HASH");
  }
}
