/**
 * The heart of oes: the order model, its lifecycle, pre-trade validation and the engine that
 * owns each account's orders. Nothing here does I/O; adapters reach the outside world through
 * the interfaces of {@link io.oes.core.port}.
 */
package io.oes.core;
