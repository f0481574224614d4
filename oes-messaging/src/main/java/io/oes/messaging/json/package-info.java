/**
 * The b25 JSON shapes of orders, order updates and fills (SPEC §6): one codec, {@link
 * io.oes.messaging.json.B25Json}, shared by the Redis cache and the NATS publisher so both
 * speak exactly what b25's services read.
 */
package io.oes.messaging.json;
