/**
 * Remembers which Slack deliveries were already handled. Slack re-sends a request it thinks
 * was not acknowledged in time (header x-slack-retry-num, or retry_attempt in Socket Mode);
 * a retry must never produce a second answer or post.
 *
 * The interface is one atomic check-and-record, so the shared store can stand in for the
 * in-memory one (store-dedupe.ts, used whenever a store is open): replicas then recognise
 * each other's deliveries.
 */

/** Records delivery keys and says whether one was already recorded. */
export interface DeliveryDedupe {
  /** True when `key` was seen before (within the retention); otherwise records it and returns false. */
  seen(key: string): Promise<boolean>;
}

/** Options for {@link createMemoryDedupe}. */
export interface MemoryDedupeOptions {
  /** How long a key is remembered. Slack's last retry comes about 5 minutes after the first try. */
  ttlMs?: number;
  /** Most keys kept; the oldest go first when full, so memory stays bounded under any load. */
  maxKeys?: number;
  /** Milliseconds since the epoch; injected so tests can move time. */
  now?: () => number;
}

/** Default retention: an hour, far beyond Slack's retry schedule. */
export const DEDUPE_TTL_MS = 60 * 60 * 1000;
/** Default number of keys kept. */
export const DEDUPE_MAX_KEYS = 100_000;

/**
 * An in-memory {@link DeliveryDedupe} for one process. Keys expire after `ttlMs`.
 *
 * @example
 * const dedupe = createMemoryDedupe();
 * if (await dedupe.seen(`command:${body.trigger_id}`)) return; // a retry
 */
export function createMemoryDedupe(options: MemoryDedupeOptions = {}): DeliveryDedupe {
  const ttlMs = options.ttlMs ?? DEDUPE_TTL_MS;
  const maxKeys = options.maxKeys ?? DEDUPE_MAX_KEYS;
  const now = options.now ?? Date.now;
  // Insertion order is expiry order (one TTL for all), so expired keys are always at the front.
  const expiries = new Map<string, number>();

  const prune = (at: number) => {
    for (const [key, expiry] of expiries) {
      if (expiry > at && expiries.size <= maxKeys) break;
      expiries.delete(key);
    }
  };

  return {
    async seen(key) {
      const at = now();
      prune(at);
      if (expiries.has(key)) return true;
      expiries.set(key, at + ttlMs);
      prune(at);
      return false;
    },
  };
}
