package io.oes.cli.output;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;

/**
 * API messages as JSON, in protobuf's canonical mapping (camelCase names, enums by name, int64
 * as strings): the same shape grpcurl prints, so scripts can use either.
 */
public final class Json {

  private static final JsonFormat.Printer PRETTY = JsonFormat.printer();
  private static final JsonFormat.Printer ONE_LINE =
      JsonFormat.printer().omittingInsignificantWhitespace();

  private Json() {}

  /** Indented JSON, for one answer. */
  public static String pretty(MessageOrBuilder message) {
    return print(PRETTY, message);
  }

  /** JSON on one line, for streams: one update per line. */
  public static String oneLine(MessageOrBuilder message) {
    return print(ONE_LINE, message);
  }

  private static String print(JsonFormat.Printer printer, MessageOrBuilder message) {
    try {
      return printer.print(message);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("API messages hold no Any fields, so they always print", e);
    }
  }
}
