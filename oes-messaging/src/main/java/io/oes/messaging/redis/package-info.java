/**
 * The Redis order cache (Lettuce): b25's {@code order:{order_id}} keys holding the b25 JSON of
 * each order, plus a client-id index. A cache failure degrades, never stops, the gateway.
 */
package io.oes.messaging.redis;
