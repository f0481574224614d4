package io.oes.core.refusal;

/** The kind of a refusal; each maps to one gRPC status code at the API edge. */
public enum RefusalCode {
  /** The request itself is wrong (validation). */
  INVALID_ARGUMENT,
  /** The request is well-formed but the system is not in a state to do it (risk, halt). */
  FAILED_PRECONDITION,
  NOT_FOUND,
  /** The client order id is taken by an order with other parameters. */
  ALREADY_EXISTS,
  /** A limit was reached; the message says when to retry. */
  RESOURCE_EXHAUSTED,
  /** The exchange or a needed dependency cannot be reached now. */
  UNAVAILABLE,
  PERMISSION_DENIED
}
