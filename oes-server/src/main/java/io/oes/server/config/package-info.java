/**
 * The gateway's configuration: an immutable {@link io.oes.server.config.OesConfig} read from YAML
 * (with {@code ${VAR}} expansion), overridden by environment variables and validated as a whole
 * by {@link io.oes.server.config.ConfigLoader}. Every problem is reported at once, one line each;
 * secrets are held in {@link io.oes.server.config.value.Secret} so they never print.
 */
package io.oes.server.config;
