package io.oes.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

  @Test
  void aMintedKeyIsPrefixedRandomAndMatchesOnlyItsOwnHash() {
    ApiKeys.MintedKey first = ApiKeys.mint(new SecureRandom());
    ApiKeys.MintedKey second = ApiKeys.mint(new SecureRandom());

    assertThat(first.key().reveal()).startsWith("oes_").hasSize(47).isNotEqualTo(second.key().reveal());
    assertThat(first.hash().matches(ApiKeyHash.of(first.key().reveal()))).isTrue();
    assertThat(first.hash().matches(ApiKeyHash.of(second.key().reveal()))).isFalse();
  }

  @Test
  void theConfiguredTextParsesBackToTheSameHash() {
    ApiKeys.MintedKey minted = ApiKeys.mint(new SecureRandom());
    String text = minted.hash().toConfigText();

    assertThat(text).matches("sha256:[0-9a-f]{64}");
    assertThat(ApiKeyHash.parse(text)).contains(minted.hash());
    assertThat(ApiKeyHash.parse(text.toUpperCase().replace("SHA256", "sha256")))
        .contains(minted.hash());
  }

  @Test
  void theSha256OfAKnownKeyIsTheStandardOne() {
    assertThat(ApiKeyHash.of("abc").toConfigText()).isEqualTo(
        "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void malformedHashesAreNotHashes() {
    assertThat(ApiKeyHash.parse("")).isEmpty();
    assertThat(ApiKeyHash.parse("sha256:abc")).isEmpty();
    assertThat(ApiKeyHash.parse("md5:" + "0".repeat(64))).isEmpty();
    assertThat(ApiKeyHash.parse("oes_plainTextKeyByMistake")).isEmpty();
  }

  @Test
  void neitherAKeyNorAHashPrints() {
    ApiKeys.MintedKey minted = ApiKeys.mint(new SecureRandom());

    assertThat(minted.toString()).doesNotContain(minted.key().reveal())
        .doesNotContain(minted.hash().toConfigText().substring(7));
    assertThat(minted.hash()).hasToString("sha256:***");
  }
}
