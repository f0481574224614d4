/**
 * In-process twins of Redis and NATS for the embedded default: same contracts, no server.
 */
package io.oes.messaging.memory;
