package io.oes.server.nats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.Status;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.messaging.json.B25Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The replies of NATS order entry, JSON: the fields of the gRPC response (snake_case, enums by
 * name, times RFC 3339) with the order in its b25 JSON shape under {@code "order"}; a refusal is
 * {@code {"error":{"code":"<gRPC status code>","message":"…"}}}. Thread-safe.
 */
final class ReplyJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReplyJson() {}

  /**
   * CreateOrder's answer: {@code order_id}, {@code client_order_id}, {@code state}, {@code
   * timestamp}, {@code error_message} (only for a REJECTED order) and {@code order}.
   */
  static byte[] created(Order order) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("order_id", order.orderId());
    fields.put("client_order_id", order.clientOrderId());
    fields.put("state", order.state().name());
    fields.put("timestamp", B25Json.time(order.updatedAt()));
    if (order.state() == OrderState.REJECTED) {
      fields.put("error_message", order.rejectReason());
    }
    return B25Json.answer(fields, order);
  }

  /** CancelOrder's answer: {@code order_id}, {@code state}, {@code timestamp} and {@code order}. */
  static byte[] canceled(Order order) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("order_id", order.orderId());
    fields.put("state", order.state().name());
    fields.put("timestamp", B25Json.time(order.updatedAt()));
    return B25Json.answer(fields, order);
  }

  /** GetOrder's answer: {@code {"order":{…}}}. */
  static byte[] found(Order order) {
    return B25Json.answer(Map.of(), order);
  }

  /** A refusal: the gRPC status code's name and its description. */
  static byte[] error(Status status) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", status.getCode().name());
    error.put("message", status.getDescription() == null ? status.getCode().name()
        : status.getDescription());
    try {
      return JSON.writeValueAsBytes(Map.of("error", error));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings is always JSON", e);
    }
  }
}
