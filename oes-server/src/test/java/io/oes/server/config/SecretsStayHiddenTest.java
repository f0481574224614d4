package io.oes.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.server.config.value.Secret;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsStayHiddenTest {

  private static final String API_KEY = "AK-do-not-print-1";
  private static final String SECRET_KEY = "SK-do-not-print-2";
  private static final String DB_PASSWORD = "PW-do-not-print-3";
  private static final String URL_PASSWORD = "UP-do-not-print-4";

  @Test
  void aSecretPrintsAsStars() {
    Secret secret = Secret.of(API_KEY);

    assertThat(secret).hasToString("***");
    assertThat(secret.reveal()).isEqualTo(API_KEY);
  }

  @Test
  void theConfigurationsToStringContainsNoSecret() {
    OesConfig config =
        new ConfigLoader(
                Map.of(
                    "EXCHANGE_MODE", "live",
                    "BINANCE_API_KEY", API_KEY,
                    "BINANCE_SECRET_KEY", SECRET_KEY,
                    "DATABASE_URL", "postgres://oes:" + URL_PASSWORD + "@db:5432/oes",
                    "REDIS_ADDRESS", "redis://:" + URL_PASSWORD + "@redis:6379",
                    "NATS_ADDRESS", "nats://u:" + URL_PASSWORD + "@nats:4222"))
            .parse("store: {password: " + DB_PASSWORD + "}\n");

    assertThat(config.toString())
        .doesNotContain(API_KEY, SECRET_KEY, DB_PASSWORD, URL_PASSWORD)
        .contains("***", "postgres://oes:***@db:5432/oes", "redis://:***@redis:6379");
  }

  @Test
  void aPasswordParameterInAJdbcUrlIsMasked() {
    assertThat(Redaction.address("jdbc:postgresql://db/oes?user=oes&password=" + DB_PASSWORD))
        .isEqualTo("jdbc:postgresql://db/oes?user=oes&password=***");
  }

  @Test
  void problemsNeverEchoASecret() {
    String yaml = "exchange:\n  accounts:\n    - {api_key: '" + API_KEY + "', secret_key: [x]}\n"
        + "  mode: paper\n";

    assertThatThrownBy(() -> new ConfigLoader(Map.of()).parse(yaml))
        .isInstanceOf(ConfigException.class)
        .message()
        .doesNotContain(API_KEY)
        .contains("exchange.accounts[0].secret_key: a list is not a single value");
  }

  @Test
  void aSyntaxErrorDoesNotQuoteTheLineThatHoldsAnExpandedSecret() {
    String yaml = "exchange:\n  accounts:\n    - api_key: ${KEY}\n   bad: [\n";

    assertThatThrownBy(() -> new ConfigLoader(Map.of("KEY", API_KEY)).parse(yaml))
        .isInstanceOf(ConfigException.class)
        .message()
        .doesNotContain(API_KEY)
        .contains("not valid YAML");
  }
}
