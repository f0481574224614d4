package io.oes.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresentedKeyTest {

  @Test
  void aBearerTokenIsTheKeyWhateverTheSchemesCase() {
    assertThat(PresentedKey.from("Bearer oes_abc", null)).contains("oes_abc");
    assertThat(PresentedKey.from("bearer  oes_abc ", null)).contains("oes_abc");
  }

  @Test
  void xApiKeyIsUsedWhenThereIsNoBearerToken() {
    assertThat(PresentedKey.from(null, "oes_abc")).contains("oes_abc");
    assertThat(PresentedKey.from("Basic dXNlcjpwdw==", "oes_abc")).contains("oes_abc");
  }

  @Test
  void blankOrMissingHeadersAreNoKey() {
    assertThat(PresentedKey.from(null, null)).isEmpty();
    assertThat(PresentedKey.from("Bearer ", " ")).isEmpty();
    assertThat(PresentedKey.from("Basic dXNlcjpwdw==", null)).isEmpty();
  }

  @Test
  void twoDifferentKeysConflictAndTheSameKeyTwiceDoesNot() {
    assertThat(PresentedKey.conflicting("Bearer oes_a", "oes_b")).isTrue();
    assertThat(PresentedKey.conflicting("Bearer oes_a", " oes_a ")).isFalse();
    assertThat(PresentedKey.conflicting("Bearer oes_a", null)).isFalse();
    assertThat(PresentedKey.conflicting("Basic dXNlcjpwdw==", "oes_b")).isFalse();
  }
}
