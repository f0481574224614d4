/** Test support for the Binance adapter: a scripted HTTP fake of the exchange and test orders. */
package io.oes.binance.testing;
