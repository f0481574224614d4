/**
 * The exchange side of the gateway: the embedded simulator in sim mode, one Binance client per
 * configured account, and their trading rules kept fresh.
 */
package io.oes.server.exchange;
