/** Order history: implementations of {@link io.oes.core.port.OrderStore}. */
package io.oes.store;
