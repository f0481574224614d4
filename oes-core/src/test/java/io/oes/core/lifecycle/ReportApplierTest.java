package io.oes.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.feed.UpdateType;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.port.ExecutionReport;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportApplierTest {
  private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

  private static Order newOrder() {
    OrderRequest request = new OrderRequest("u1", "c1", "BTCUSDT", Side.BUY, OrderType.LIMIT,
        TimeInForce.GTC, new BigDecimal("0.003"), new BigDecimal("40000"), null, false, false);
    return Order.accepted("O1", "main", request, "oes-", T0);
  }

  private static ExecutionReport report(OrderState state, String filled, String avg) {
    return new ExecutionReport("777", "oes-O1", "BTCUSDT", state, new BigDecimal(filled),
        new BigDecimal(avg), null, T0);
  }

  @Test
  void anAcknowledgementMakesTheOrderSubmittedWithTheExchangeId() {
    Transition t = ReportApplier.apply(newOrder(), report(OrderState.SUBMITTED, "0", "0"), T0)
        .orElseThrow();
    assertThat(t.order().state()).isEqualTo(OrderState.SUBMITTED);
    assertThat(t.order().exchangeOrderId()).isEqualTo("777");
    assertThat(t.event()).isEqualTo(new LifecycleEvent.Reported(OrderState.SUBMITTED));
    assertThat(OrderLifecycle.updateType(t.event(), t.order().state()))
        .isEqualTo(UpdateType.SUBMITTED);
  }

  @Test
  void aFillBeforeTheAcknowledgementEndsFilled() {
    Order filled = ReportApplier.apply(newOrder(), report(OrderState.FILLED, "0.003", "39999.5"), T0)
        .orElseThrow().order();
    assertThat(filled.state()).isEqualTo(OrderState.FILLED);
    assertThat(filled.averagePrice()).isEqualByComparingTo("39999.5");
    // the late acknowledgement changes nothing
    assertThat(ReportApplier.apply(filled, report(OrderState.SUBMITTED, "0", "0"), T0)).isEmpty();
  }

  @Test
  void theSameReportTwiceChangesNothingTheSecondTime() {
    ExecutionReport partial = report(OrderState.PARTIALLY_FILLED, "0.001", "40000");
    Order once = ReportApplier.apply(newOrder(), partial, T0).orElseThrow().order();
    assertThat(ReportApplier.apply(once, partial, T0)).isEmpty();
  }

  @Test
  void aStalePartialFillAfterALargerOneIsIgnored() {
    Order twoThirds = ReportApplier.apply(newOrder(),
        report(OrderState.PARTIALLY_FILLED, "0.002", "40000"), T0).orElseThrow().order();
    assertThat(ReportApplier.apply(twoThirds,
        report(OrderState.PARTIALLY_FILLED, "0.001", "40000"), T0)).isEmpty();
  }

  @Test
  void anExpiryKeepsTheReason() {
    ExecutionReport expired = new ExecutionReport("777", "oes-O1", "BTCUSDT", OrderState.EXPIRED,
        new BigDecimal("0.001"), new BigDecimal("40000"), "IOC remainder expired", T0);
    Order order = ReportApplier.apply(newOrder(), expired, T0).orElseThrow().order();
    assertThat(order.state()).isEqualTo(OrderState.EXPIRED);
    assertThat(order.rejectReason()).isEqualTo("IOC remainder expired");
    assertThat(order.filledQuantity()).isEqualByComparingTo("0.001");
  }
}
