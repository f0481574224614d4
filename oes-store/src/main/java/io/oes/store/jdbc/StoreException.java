package io.oes.store.jdbc;

/**
 * The database could not answer a read or a lease's statement. Unchecked: the order store port
 * has no checked exceptions, and the API edge turns it into UNAVAILABLE.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
