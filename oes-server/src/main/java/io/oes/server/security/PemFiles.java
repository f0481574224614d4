package io.oes.server.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * Reads PEM certificates and unencrypted PKCS#8 private keys. Errors name the file, never its
 * content.
 */
final class PemFiles {

  private static final String KEY_BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String KEY_END = "-----END PRIVATE KEY-----";
  private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "Ed25519", "Ed448");

  private PemFiles() {}

  /** Every certificate in {@code file}, in file order (leaf first for a chain). */
  static List<X509Certificate> certificates(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      List<X509Certificate> certificates = CertificateFactory.getInstance("X.509")
          .generateCertificates(in).stream().map(X509Certificate.class::cast).toList();
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException(file + ": no PEM certificate in it");
      }
      return certificates;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read (" + e.getClass().getSimpleName()
          + ")", e);
    } catch (CertificateException e) {
      throw new IllegalArgumentException(file + ": not a PEM certificate", e);
    }
  }

  /** The private key in {@code file}, PEM {@code BEGIN PRIVATE KEY} (PKCS#8, unencrypted). */
  static PrivateKey privateKey(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read (" + e.getClass().getSimpleName()
          + ")", e);
    }
    int begin = text.indexOf(KEY_BEGIN);
    int end = text.indexOf(KEY_END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(file + ": not an unencrypted PKCS#8 PEM key (BEGIN "
          + "PRIVATE KEY); convert it with: openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pem");
    }
    byte[] der = Base64.getMimeDecoder().decode(text.substring(begin + KEY_BEGIN.length(), end));
    return decode(file, der);
  }

  private static PrivateKey decode(Path file, byte[] der) {
    for (String algorithm : KEY_ALGORITHMS) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException wrongAlgorithm) {
        // try the next one: PKCS#8 names the algorithm, but KeyFactory needs it up front
      }
    }
    throw new IllegalArgumentException(file + ": not an RSA, EC or EdDSA private key");
  }
}
