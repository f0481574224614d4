package io.oes.core.ratelimit;

/**
 * Usage of one fixed window: {@code window} is the index of the window since the epoch ({@code
 * epochMillis / windowMillis}); usage of any other window counts as zero.
 */
record WindowCount(long window, long used) {
  static final WindowCount EMPTY = new WindowCount(Long.MIN_VALUE, 0);

  long usedIn(long currentWindow) {
    return window == currentWindow ? used : 0;
  }

  WindowCount plus(long currentWindow, long amount) {
    return new WindowCount(currentWindow, usedIn(currentWindow) + amount);
  }

  /** The exchange's count wins when it is higher; a count of a past window is ignored. */
  WindowCount atLeast(long observedWindow, long reported) {
    if (observedWindow < window) {
      return this;
    }
    return new WindowCount(observedWindow, Math.max(usedIn(observedWindow), reported));
  }
}
