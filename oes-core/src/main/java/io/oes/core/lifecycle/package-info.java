/**
 * The order lifecycle in one place: which state may follow which, and how an exchange report
 * moves an order. Reports may arrive late, twice or out of order; applying one that brings
 * nothing new changes nothing.
 */
package io.oes.core.lifecycle;
