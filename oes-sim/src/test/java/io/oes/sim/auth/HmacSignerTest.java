package io.oes.sim.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HmacSignerTest {
  private static final String DOCS_SECRET =
      "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9";

  @Test
  void signsTheDocumentedQueryStringToTheDocumentedSignature() {
    String query = "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC"
        + "&recvWindow=5000&timestamp=1591702613943";

    assertThat(HmacSigner.sign(DOCS_SECRET, query))
        .isEqualTo("3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9");
  }

  @Test
  void signsTheQueryImmediatelyFollowedByTheBodyAsInTheMixedVector() {
    byte[] payload = SignedPayload.of("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC",
        "quantity=1&price=9000&recvWindow=5000&timestamp=1591702613943");

    assertThat(HmacSigner.sign(DOCS_SECRET, payload))
        .isEqualTo("30baaf0fab549bbeda7f5ef201898b34122da25fd23c646cac2c529aebe670a4");
  }

  @Test
  void leavesTheSignatureParameterOutOfTheSignedPayload() {
    byte[] inQuery = SignedPayload.of("a=1&b=2&signature=abc", "");
    byte[] inBody = SignedPayload.of("a=1", "&b=2&signature=abc");

    assertThat(new String(inQuery)).isEqualTo("a=1&b=2");
    assertThat(new String(inBody)).isEqualTo("a=1&b=2");
  }
}
