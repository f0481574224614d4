package io.oes.cli.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failed calls into exit code 1 and one line on standard error: the command, the gRPC
 * status code and its description, e.g. {@code oes order create: INVALID_ARGUMENT: validation
 * failed: quantity 0.0001 below minimum 0.001 for BTCUSDT}. Anything else is a bug and is
 * rethrown for picocli to report.
 */
public final class CallFailureHandler implements IExecutionExceptionHandler {

  /** Exit code of a call that failed (usage errors are picocli's 2). */
  public static final int CALL_FAILED = 1;

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed)
      throws Exception {
    String who = command.getCommandSpec().qualifiedName();
    if (failure instanceof StatusRuntimeException call) {
      command.getErr().println(who + ": " + describe(call.getStatus()));
    } else if (failure instanceof CallFailedException call) {
      command.getErr().println(who + ": " + call.getMessage());
    } else {
      throw failure;
    }
    command.getErr().flush();
    return CALL_FAILED;
  }

  static String describe(Status status) {
    String description = status.getDescription() == null ? "" : status.getDescription();
    if (status.getCode() == Status.Code.UNAVAILABLE) {
      description += " (is a gateway listening there? see --target)";
    }
    return status.getCode() + ": " + description.strip();
  }
}
