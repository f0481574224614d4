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
}
