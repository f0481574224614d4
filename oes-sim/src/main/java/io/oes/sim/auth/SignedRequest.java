package io.oes.sim.auth;

import java.util.Optional;
import java.util.function.Function;

/**
 * What authentication needs of a request.
 *
 * @param apiKey the {@code X-MBX-APIKEY} header, empty when absent
 * @param rawQuery the raw query string, empty when absent
 * @param rawBody the raw body as ISO-8859-1 text, empty when absent
 * @param parameter the decoded parameters (query winning over body), by name
 */
public record SignedRequest(Optional<String> apiKey, String rawQuery, String rawBody,
    Function<String, Optional<String>> parameter) {}
