package io.oes.server.security;

/**
 * Whether calls must authenticate, derived from what is configured: no keys and no client
 * certificates means {@link #OFF}.
 */
public enum AuthMode {
  /** Nobody is asked who they are; every call acts as {@link Principal#ANONYMOUS_ADMIN}. */
  OFF,
  /** Every call needs an API key (a mapped client certificate is accepted too). */
  API_KEYS,
  /** Every call needs a client certificate whose subject is mapped to a principal. */
  CLIENT_CERTIFICATES;

  public boolean isOn() {
    return this != OFF;
  }
}
