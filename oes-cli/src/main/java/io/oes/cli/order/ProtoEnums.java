package io.oes.cli.order;

import com.google.protobuf.ProtocolMessageEnum;
import picocli.CommandLine;

/**
 * Guards the API's enums on the command line: picocli accepts every constant by name, but
 * {@code UNRECOGNIZED} cannot be sent and the {@code *_UNSPECIFIED} ones are never meant.
 */
final class ProtoEnums {

  private ProtoEnums() {}

  static <E extends Enum<E> & ProtocolMessageEnum> void requireKnown(CommandLine command,
      String option, E value) {
    if (value == null) {
      return;
    }
    if (value.name().equals("UNRECOGNIZED") || value.name().endsWith("_UNSPECIFIED")) {
      throw new CommandLine.ParameterException(command,
          option + ": '" + value.name() + "' is not a value to send");
    }
  }
}
