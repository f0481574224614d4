package io.oes.cli.client;

/**
 * A call that could not be made or whose answer means failure (unreachable gateway, an
 * unhealthy report, a missing RPC). The command ends with exit code 1 and this message.
 */
public final class CallFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CallFailedException(String message) {
    super(message);
  }
}
