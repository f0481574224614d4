package io.oes.sim.auth;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Checks an Ed25519 signature as Binance takes it: the base64 of the 64 signature bytes over the
 * same payload an HMAC would sign.
 */
final class Ed25519Verifier {
  private Ed25519Verifier() {}

  static boolean verifies(PublicKey key, byte[] payload, String base64Signature) {
    try {
      byte[] signature = Base64.getDecoder().decode(base64Signature);
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(payload);
      return verifier.verify(signature);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      // Not base64, or not 64 bytes: a signature that cannot be valid.
      return false;
    }
  }
}
