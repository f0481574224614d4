/**
 * Order events on NATS (jnats): b25's {@code orders.updates.{SYMBOL}} and {@code
 * orders.fills.{SYMBOL}} subjects, optionally a JetStream stream, published from the store's
 * journal after a durable cursor (a transactional outbox), so nothing is lost while NATS is
 * down, under load, or in a crash.
 */
package io.oes.messaging.nats;
