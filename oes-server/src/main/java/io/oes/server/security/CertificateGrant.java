package io.oes.server.security;

import java.util.List;
import java.util.Objects;

/**
 * One client certificate subject mapped to a principal ({@code
 * security.client_certificates[i]}). Only certificates that the TLS handshake verified against
 * the client CA are ever looked up, so the subject CN can be trusted.
 *
 * @param subjectCn the certificate's subject common name; also the principal's name
 * @param userId the user whose orders the certificate's holder may see and touch
 * @param scopes {@code trade}, {@code read}, {@code admin}
 */
public record CertificateGrant(String subjectCn, String userId, List<String> scopes) {

  public CertificateGrant {
    Objects.requireNonNull(subjectCn, "subjectCn");
    Objects.requireNonNull(userId, "userId");
    scopes = List.copyOf(scopes);
  }
}
