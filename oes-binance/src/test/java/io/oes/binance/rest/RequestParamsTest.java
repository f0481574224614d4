package io.oes.binance.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestParamsTest {

  @ParameterizedTest(name = "{0} is sent as {1}")
  @CsvSource({
      "1E+3, 1000",
      "1000.000, 1000",
      "0.00000001, 0.00000001",
      "1E-8, 0.00000001",
      "42000.10, 42000.1",
      "0.000, 0",
      "-0.50, -0.5"
  })
  void writesDecimalsAsPlainStringsWithoutTrailingZeros(String value, String sent) {
    String encoded = new RequestParams().add("price", new BigDecimal(value)).encoded();

    assertThat(encoded).isEqualTo("price=" + sent);
  }

  @Test
  void keepsTheOrderOfParametersAndSkipsNulls() {
    String encoded = new RequestParams()
        .add("symbol", "BTCUSDT")
        .add("price", (BigDecimal) null)
        .add("timeInForce", (String) null)
        .add("recvWindow", 5000)
        .encoded();

    assertThat(encoded).isEqualTo("symbol=BTCUSDT&recvWindow=5000");
  }

  @Test
  void urlEncodesValues() {
    String encoded = new RequestParams().add("newClientOrderId", "oes:a/b c").encoded();

    assertThat(encoded).isEqualTo("newClientOrderId=oes%3Aa%2Fb%20c");
  }
}
