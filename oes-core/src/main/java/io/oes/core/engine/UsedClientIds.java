package io.oes.core.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Which client order ids may have been used: a Bloom filter that never forgets a key it was
 * given and wrongly claims one it was not in about 1 % of cases. A "no" lets a fresh id be
 * admitted without asking the store; a "maybe" asks the store, which has the last word.
 *
 * <p>Grows without re-hashing: when a segment holds its capacity of keys, a segment twice as
 * large is added (a scalable Bloom filter), so memory follows the number of keys, about 2.5
 * bytes each at most. Writer only once handed to the writer; not thread-safe.
 */
final class UsedClientIds {
  private static final int FIRST_CAPACITY = 1 << 16;
  private static final int BITS_PER_KEY = 10;
  private static final int HASHES = 7;

  private final List<Segment> segments = new ArrayList<>();
  private long keys;

  UsedClientIds() {
    segments.add(new Segment(FIRST_CAPACITY));
  }

  /** Adds a user's client order id; a null user is the empty one, as in {@link io.oes.core.order.ClientOrderKey}. */
  void add(String userId, String clientOrderId) {
    Segment newest = segments.get(segments.size() - 1);
    if (newest.isFull()) {
      newest = new Segment(newest.capacity * 2);
      segments.add(newest);
    }
    newest.add(hash(userId, clientOrderId));
    keys++;
  }

  /** False only if this user's client order id was never added. */
  boolean mightContain(String userId, String clientOrderId) {
    long hash = hash(userId, clientOrderId);
    for (Segment segment : segments) {
      if (segment.mightContain(hash)) {
        return true;
      }
    }
    return false;
  }

  long size() {
    return keys;
  }

  /** 64-bit FNV-1a over the user and the client id, with a separator no id contains. */
  private static long hash(String userId, String clientOrderId) {
    long h = 0xcbf29ce484222325L;
    h = mix(h, userId == null ? "" : userId);
    h = (h ^ 0x1F) * 0x100000001b3L;
    h = mix(h, clientOrderId == null ? "" : clientOrderId);
    // a final avalanche, so the two halves used below are independent
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  private static long mix(long h, String text) {
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return h;
  }

  /** One fixed-size filter; probe i is h1 + i * h2 (double hashing). */
  private static final class Segment {
    private final int capacity;
    private final long[] words;
    private final long bitMask;
    private int count;

    Segment(int capacity) {
      this.capacity = capacity;
      long bits = Long.highestOneBit((long) capacity * BITS_PER_KEY * 2 - 1);
      this.words = new long[(int) (bits >>> 6)];
      this.bitMask = bits - 1;
    }

    boolean isFull() {
      return count >= capacity;
    }

    void add(long hash) {
      int h1 = (int) hash;
      int h2 = (int) (hash >>> 32) | 1;
      for (int i = 0; i < HASHES; i++) {
        long bit = (h1 + (long) i * h2) & bitMask;
        words[(int) (bit >>> 6)] |= 1L << bit;
      }
      count++;
    }

    boolean mightContain(long hash) {
      int h1 = (int) hash;
      int h2 = (int) (hash >>> 32) | 1;
      for (int i = 0; i < HASHES; i++) {
        long bit = (h1 + (long) i * h2) & bitMask;
        if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) {
          return false;
        }
      }
      return true;
    }
  }
}
