package io.oes.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void aWireDoubleBecomesTheDecimalTheClientWrote() {
    assertThat(Decimals.fromWire(0.1)).isEqualByComparingTo("0.1");
    assertThat(Decimals.fromWire(40000.1).toPlainString()).isEqualTo("40000.1");
    assertThat(Decimals.fromWire(0.0001).toPlainString()).isEqualTo("0.0001");
  }

  @Test
  void plainStringsNeverUseExponents() {
    assertThat(Decimals.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Decimals.plain(new BigDecimal("0.00000010"))).isEqualTo("0.0000001");
  }

  @Property
  void everyFiniteDoubleRoundTripsThroughItsDecimal(
      @ForAll @DoubleRange(min = -1e12, max = 1e12) double value) {
    assertThat(Decimals.toWire(Decimals.fromWire(value))).isEqualTo(value == -0.0 ? 0.0 : value);
  }
}
