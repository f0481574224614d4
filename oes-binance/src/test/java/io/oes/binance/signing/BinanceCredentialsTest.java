package io.oes.binance.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BinanceCredentialsTest {

  @Test
  void toStringNeverShowsTheSecretNorTheWholeKey() {
    BinanceCredentials credentials = new BinanceCredentials("abcdefghijkl", "very-secret-value");

    assertThat(credentials.toString())
        .doesNotContain("very-secret-value")
        .doesNotContain("abcdefghijkl")
        .contains("abcd***");
  }

  @Test
  void refusesABlankSecret() {
    assertThatThrownBy(() -> new BinanceCredentials("key", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secret");
  }
}
