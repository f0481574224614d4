package io.oes.binance.rest;

/**
 * An error body {@code {"code":-NNNN,"msg":"..."}}. The code is stable; the message may change.
 */
public record VenueError(int code, String message) {}
