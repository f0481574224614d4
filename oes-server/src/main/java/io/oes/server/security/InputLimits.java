package io.oes.server.security;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Limits every request's text before any service reads it: each string at most {@link
 * #MAX_CHARS} characters and free of control characters, each repeated field at most {@link
 * #MAX_ENTRIES} entries, and any {@code client_order_id} in Binance's charset ({@link
 * ClientOrderIdPolicy}). Without them a large string is stored, cached and published as given,
 * and an error echoing it can outgrow the client's header limit (the client then sees INTERNAL
 * instead of the refusal).
 *
 * <p>The items of a batch ({@link #PER_ITEM_FIELDS}) are counted here but not looked into: the
 * service checks each with {@link #problem} and refuses that item alone, so one malformed item
 * never refuses the batch.
 */
public final class InputLimits {

  /** Largest request accepted, in bytes; an order request is a few hundred. */
  public static final int MAX_REQUEST_BYTES = 64 * 1024;
  /** Longest string accepted in any field; symbols, ids, tokens and reasons are far shorter. */
  public static final int MAX_CHARS = 256;
  /** Most entries of a repeated field (e.g. the symbols of a stream subscription). */
  public static final int MAX_ENTRIES = 100;

  /** Repeated fields whose entries are checked one by one by the service, not here. */
  public static final Set<String> PER_ITEM_FIELDS = Set.of(
      "order.BatchCreateOrdersRequest.orders", "order.BatchCancelOrdersRequest.orders");

  private InputLimits() {}

  /** The first limit {@code request} breaks, as a validation message naming the field. */
  public static Optional<String> problem(Message request) {
    for (Map.Entry<FieldDescriptor, Object> field : request.getAllFields().entrySet()) {
      Optional<String> problem = problem(field.getKey(), field.getValue());
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> problem(FieldDescriptor field, Object value) {
    List<?> values = field.isRepeated() ? (List<?>) value : List.of(value);
    if (values.size() > MAX_ENTRIES) {
      return invalid(field.getName() + " has " + values.size() + " entries (at most "
          + MAX_ENTRIES + ")");
    }
    if (PER_ITEM_FIELDS.contains(field.getFullName())) {
      return Optional.empty();
    }
    for (Object element : values) {
      Optional<String> problem = switch (element) {
        case String text -> text(field.getName(), text);
        case Message nested -> problem(nested);
        default -> Optional.empty();
      };
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> text(String name, String text) {
    if (text.length() > MAX_CHARS) {
      return invalid(name + " of " + text.length() + " characters is too long (at most "
          + MAX_CHARS + ")");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return invalid(name + " " + Shown.value(text) + " contains a control character");
      }
    }
    return name.equals("client_order_id") ? ClientOrderIdPolicy.check(text) : Optional.empty();
  }

  private static Optional<String> invalid(String message) {
    return Optional.of("validation failed: " + message);
  }
}
