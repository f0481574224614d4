package io.oes.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresUrlTest {

  @Test
  void takesCredentialsOutOfADatabaseUrl() {
    PostgresUrl url = PostgresUrl.parse(
        "postgres://oes:s%40cret@db.local:6543/orders?sslmode=require",        null, "");

    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:6543/orders?sslmode=require");
    assertThat(url.user()).isEqualTo("oes");
    assertThat(url.password()).isEqualTo("s@cret");
  }

  @Test
  void explicitCredentialsWinAndThePortDefaults() {
    PostgresUrl url = PostgresUrl.parse("postgresql://oes:x@db/orders", "admin", "pw");

    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/orders");
    assertThat(url.user()).isEqualTo("admin");
    assertThat(url.password()).isEqualTo("pw");
  }

  @Test
  void keepsAJdbcUrlAsItIs() {
    assertThat(PostgresUrl.parse("jdbc:postgresql://h/db", "u", "p").jdbcUrl())
        .isEqualTo("jdbc:postgresql://h/db");
  }

  @Test
  void neverRepeatsAPasswordInAnError() {
    assertThatThrownBy(() -> PostgresUrl.parse("mysql://u:topsecret@h/db", null, null))
        .hasMessageNotContaining("topsecret")
        .hasMessageContaining("mysql://u:***@h/db");
    assertThat(PostgresUrl.redacted("jdbc:postgresql://h/db?user=u&password=topsecret"))
        .doesNotContain("topsecret");
  }
}
