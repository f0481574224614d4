package io.oes.sim.account;

import java.security.PublicKey;
import java.util.Optional;

/**
 * An API key and how its requests are signed: HMAC-SHA256 with a shared secret, or Ed25519 with
 * the key pair whose public half the exchange holds.
 *
 * @param apiKey sent by clients in the {@code X-MBX-APIKEY} header or the {@code apiKey} param
 * @param secretKey the HMAC-SHA256 key of the request signatures; empty for an Ed25519 key; never
 *     logged
 * @param ed25519Key the public key that verifies an Ed25519 key's signatures; empty for HMAC
 */
public record Credentials(String apiKey, String secretKey, Optional<PublicKey> ed25519Key) {

  /** An HMAC-SHA256 key. */
  public Credentials(String apiKey, String secretKey) {
    this(apiKey, secretKey, Optional.empty());
  }

  /** An Ed25519 key: requests are signed with the private key of {@code publicKey}. */
  public static Credentials ed25519(String apiKey, PublicKey publicKey) {
    return new Credentials(apiKey, "", Optional.of(publicKey));
  }

  public boolean isEd25519() {
    return ed25519Key.isPresent();
  }

  @Override
  public String toString() {
    return "Credentials[apiKey=" + apiKey + (isEd25519() ? ", ed25519" : ", secretKey=***") + "]";
  }
}
