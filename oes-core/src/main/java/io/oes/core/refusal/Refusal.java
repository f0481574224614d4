package io.oes.core.refusal;

/** Why a request was refused: a stable code and a message naming field, value and rule. */
public record Refusal(RefusalCode code, String message) {

  public static Refusal invalid(String message) {
    return new Refusal(RefusalCode.INVALID_ARGUMENT, "validation failed: " + message);
  }

  public static Refusal precondition(String message) {
    return new Refusal(RefusalCode.FAILED_PRECONDITION, message);
  }

  public static Refusal notFound(String message) {
    return new Refusal(RefusalCode.NOT_FOUND, message);
  }

  public static Refusal alreadyExists(String message) {
    return new Refusal(RefusalCode.ALREADY_EXISTS, message);
  }

  public static Refusal unavailable(String message) {
    return new Refusal(RefusalCode.UNAVAILABLE, message);
  }
}
