package io.oes.server.security;

import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/** Reads the subject common name of a certificate, the part a client certificate is mapped by. */
final class CertificateSubjects {

  private CertificateSubjects() {}

  static Optional<String> commonName(X509Certificate certificate) {
    String subject = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
    try {
      // The most specific CN wins, as in TLS hostname matching.
      String cn = null;
      for (Rdn rdn : new LdapName(subject).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          cn = rdn.getValue().toString();
        }
      }
      return Optional.ofNullable(cn);
    } catch (InvalidNameException e) {
      return Optional.empty();
    }
  }
}
