/**
 * The value types configuration is made of and the parts it configures share: a {@link
 * io.oes.server.config.value.Secret} that never prints itself, and {@link
 * io.oes.server.config.value.ConfigChoice}, an enum written by its lower-case name. Apart from
 * the configuration itself, so the parts (security, for one) need not depend on it.
 */
package io.oes.server.config.value;
