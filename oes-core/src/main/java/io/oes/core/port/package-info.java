/**
 * The ports: what the core needs from the outside world, implemented by adapters (the
 * Binance client, the stores, the cache, the event bus). Every method documents which thread
 * may call it and whether it may block.
 */
package io.oes.core.port;
