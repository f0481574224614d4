package io.oes.server.nats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.Status;
import io.oes.server.grpc.Answer;
import io.oes.server.security.Shown;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A NATS request body, JSON, as the request message of the gRPC call it stands for: the b25
 * field names in snake_case (the proto's names; their lowerCamelCase JSON names are taken too),
 * enums by name ({@code "BUY"}, {@code "LIMIT"}, {@code "GTC"}) or number, numbers as JSON
 * numbers or decimal strings, as protobuf's JSON mapping has them. Anything else — not JSON, not
 * an object, a field the message does not have, a value of the wrong type, a key given twice —
 * is refused INVALID_ARGUMENT naming the field and what was wrong, in the words gRPC uses for a
 * request that does not decode. Thread-safe.
 */
final class RequestJson {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  /** Longest part of a JSON parser's message quoted back. */
  private static final int MAX_REASON_CHARS = 200;

  private RequestJson() {}

  /** The message of {@code prototype}'s type that {@code body} holds, or why it holds none. */
  @SuppressWarnings("unchecked")
  static <M extends Message> Answer<M> decode(byte[] body, M prototype) {
    Descriptor type = prototype.getDescriptorForType();
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return refused(type, "it is not JSON (" + reason(e) + ")");
    } catch (IOException e) {
      return refused(type, "it could not be read (" + reason(e) + ")");
    }
    if (tree == null || tree.isMissingNode()) {
      return refused(type, "it is empty (send a JSON object with " + fieldNames(type) + ")");
    }
    if (!tree.isObject()) {
      return refused(type, "it is " + describe(tree) + ", not a JSON object");
    }
    Message.Builder builder = prototype.newBuilderForType();
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      Optional<String> problem = set(builder, type, field.getKey(), field.getValue());
      if (problem.isPresent()) {
        return refused(type, problem.get());
      }
    }
    return Answer.given((M) builder.build());
  }

  private static Optional<String> set(Message.Builder builder, Descriptor type, String name,
      JsonNode value) {
    FieldDescriptor field = fieldNamed(type, name);
    if (field == null) {
      return Optional.of("unknown field \"" + Shown.value(name) + "\" (the fields are "
          + fieldNames(type) + ")");
    }
    if (value.isNull()) {
      return Optional.empty(); // as protobuf's JSON mapping: null is the default value
    }
    if (field.isRepeated() || field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
      return Optional.of(field.getName() + " cannot be sent over NATS");
    }
    Object converted = switch (field.getJavaType()) {
      case STRING -> value.isTextual() ? value.textValue() : null;
      case BOOLEAN -> value.isBoolean() ? value.booleanValue() : null;
      case DOUBLE -> number(value).map(BigDecimal::doubleValue)
          .or(() -> nonFinite(value)).orElse(null);
      case FLOAT -> number(value).map(BigDecimal::floatValue).orElse(null);
      case LONG -> number(value).flatMap(RequestJson::whole).map(BigDecimal::longValue)
          .orElse(null);
      case INT -> number(value).flatMap(RequestJson::whole).map(BigDecimal::intValue)
          .orElse(null);
      case ENUM -> enumValue(field.getEnumType(), value);
      default -> null;
    };
    if (converted == null) {
      return Optional.of(field.getName() + " " + describe(value) + " is not " + expected(field));
    }
    builder.setField(field, converted);
    return Optional.empty();
  }

  private static FieldDescriptor fieldNamed(Descriptor type, String name) {
    FieldDescriptor field = type.findFieldByName(name);
    if (field != null) {
      return field;
    }
    return type.getFields().stream().filter(f -> f.getJsonName().equals(name)).findFirst()
        .orElse(null);
  }

  /** A JSON number, or a string holding a decimal number. */
  private static Optional<BigDecimal> number(JsonNode value) {
    if (value.isNumber()) {
      return Optional.of(value.decimalValue());
    }
    if (value.isTextual()) {
      try {
        return Optional.of(new BigDecimal(value.textValue().strip()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "NaN", "Infinity", "-Infinity", as protobuf's JSON mapping writes them: refused later. */
  private static Optional<Double> nonFinite(JsonNode value) {
    if (!value.isTextual()) {
      return Optional.empty();
    }
    return switch (value.textValue()) {
      case "NaN" -> Optional.of(Double.NaN);
      case "Infinity" -> Optional.of(Double.POSITIVE_INFINITY);
      case "-Infinity" -> Optional.of(Double.NEGATIVE_INFINITY);
      default -> Optional.empty();
    };
  }

  private static Optional<BigDecimal> whole(BigDecimal number) {
    try {
      number.longValueExact();
      return Optional.of(number);
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /**
   * The enum value by name (any case) or number. An unknown number is kept, as protobuf keeps
   * it on the wire, so that it is refused by the same rule as over gRPC.
   */
  private static EnumValueDescriptor enumValue(EnumDescriptor type, JsonNode value) {
    if (value.isTextual()) {
      return type.findValueByName(value.textValue().strip().toUpperCase(Locale.ROOT));
    }
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return type.findValueByNumberCreatingIfUnknown(value.intValue());
    }
    return null;
  }

  private static String expected(FieldDescriptor field) {
    return switch (field.getJavaType()) {
      case STRING -> "a string";
      case BOOLEAN -> "true or false";
      case DOUBLE, FLOAT -> "a number";
      case LONG, INT -> "a whole number";
      case ENUM -> "one of " + field.getEnumType().getValues().stream()
          .filter(v -> v.getNumber() != 0).map(EnumValueDescriptor::getName)
          .collect(Collectors.joining(", "));
      default -> "a value NATS requests can carry";
    };
  }

  /** A JSON value as an error message shows it: short, printable, with its kind when unclear. */
  private static String describe(JsonNode value) {
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array";
    }
    if (value.isTextual()) {
      return "\"" + Shown.value(value.textValue()) + "\"";
    }
    return Shown.value(value.toString());
  }

  private static String fieldNames(Descriptor type) {
    return type.getFields().stream().map(FieldDescriptor::getName)
        .collect(Collectors.joining(", "));
  }

  private static String reason(IOException e) {
    String message = e instanceof JsonProcessingException json && json.getOriginalMessage() != null
        ? json.getOriginalMessage() + location(json) : String.valueOf(e.getMessage());
    String oneLine = message.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_REASON_CHARS ? oneLine
        : oneLine.substring(0, MAX_REASON_CHARS) + "…";
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }

  private static <M> Answer<M> refused(Descriptor type, String why) {
    return Answer.refused(Status.INVALID_ARGUMENT.withDescription("validation failed: the "
        + "request body is not a valid " + type.getFullName() + ": " + why));
  }
}
