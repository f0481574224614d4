package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.UpdateType;
import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class TransitionLogTest {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private final Logger orders = (Logger) LoggerFactory.getLogger("io.oes.orders");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  @BeforeEach
  void capture() {
    lines.start();
    orders.addAppender(lines);
  }

  @AfterEach
  void release() {
    orders.detachAppender(lines);
  }

  private static Order order() {
    OrderRequest request = new OrderRequest("alice", "c-1", "BTCUSDT", Side.BUY, OrderType.LIMIT,
        TimeInForce.GTC, new BigDecimal("0.01"), new BigDecimal("40000"), null, false, false);
    return Order.accepted("O1", "main", request, "oes-", T0);
  }

  @Test
  void everyTransitionIsOneLineInSequenceOrderWithTheOrdersFields() throws Exception {
    Order created = order();
    Order submitted = created.withState(OrderState.SUBMITTED, T0.plusMillis(3));
    Order canceled = submitted.withState(OrderState.CANCELED, T0.plusMillis(9));

    try (TransitionLog log = new TransitionLog()) {
      log.onEvent(new OrderEvent(7, created, UpdateType.CREATED, null, T0));
      log.onEvent(new OrderEvent(8, submitted, UpdateType.SUBMITTED, null, T0.plusMillis(3)));
      log.onEvent(new OrderEvent(9, canceled, UpdateType.CANCELED, null, T0.plusMillis(9)));
    }

    assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
        "order O1 CREATED BTCUSDT NEW",
        "order O1 SUBMITTED BTCUSDT SUBMITTED",
        "order O1 CANCELED BTCUSDT CANCELED");
    Map<String, Object> fields = lines.list.get(2).getKeyValuePairs().stream()
        .collect(Collectors.toMap(pair -> pair.key, pair -> pair.value));
    assertThat(fields).containsEntry("sequence", 9L).containsEntry("order_id", "O1")
        .containsEntry("client_order_id", "c-1").containsEntry("symbol", "BTCUSDT")
        .containsEntry("state", OrderState.CANCELED).containsEntry("filled", "0")
        .containsEntry("event_time", T0.plusMillis(9));
  }

  @Test
  void aLineIsWrittenSoonWithoutClosing() throws Exception {
    try (TransitionLog log = new TransitionLog()) {
      log.onEvent(new OrderEvent(1, order(), UpdateType.CREATED, null, T0));
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (lines.list.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
          .containsExactly("order O1 CREATED BTCUSDT NEW");
    }
  }
}
