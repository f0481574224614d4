/**
 * Order events on NATS (jnats): b25's {@code orders.updates.{SYMBOL}} and {@code
 * orders.fills.{SYMBOL}} subjects, optionally a JetStream stream, behind an ordered outbox so
 * events produced while NATS is down are delivered when it returns.
 */
package io.oes.messaging.nats;
