package io.oes.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ClientOrderIdPolicyTest {

  @Property(tries = 500)
  void everyIdInBinancesCharsetIsAccepted(@ForAll @StringLength(min = 1, max = 36)
      @CharRange(from = 'a', to = 'z') @CharRange(from = 'A', to = 'Z')
      @CharRange(from = '0', to = '9') @Chars({'.', ':', '/', '_', '-'}) String id) {
    assertThat(ClientOrderIdPolicy.check(id)).isEmpty();
  }

  @Property(tries = 500)
  void anyIdOutsideTheCharsetIsRefusedWithAShortPrintableMessage(@ForAll String id) {
    boolean binance = ClientOrderIdPolicy.BINANCE_CHARSET.matcher(id).matches();

    assertThat(ClientOrderIdPolicy.check(id).isPresent()).isEqualTo(!binance && !id.isEmpty());
    ClientOrderIdPolicy.check(id).ifPresent(message ->
        assertThat(message).hasSizeLessThan(200).matches("[\\x20-\\x7e…]*"));
  }

  @Test
  void anEmptyIdIsLeftToTheGatewayToGenerate() {
    assertThat(ClientOrderIdPolicy.check("")).isEmpty();
  }

  @Test
  void tooLongAndNonAsciiIdsAreInvalidArguments() {
    assertThat(ClientOrderIdPolicy.check("x".repeat(37))).isPresent();
    assertThatThrownBy(() -> ClientOrderIdPolicy.require("ordre-été"))
        .isInstanceOfSatisfying(CallRefused.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
          assertThat(e.getStatus().getDescription()).isEqualTo("validation failed: "
              + "client_order_id ordre-?t? must be 1-36 characters of A-Z a-z 0-9 . : / _ -");
        });
  }
}
