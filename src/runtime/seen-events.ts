/**
 * Remembers which platform events were already handled. Platforms re-send a request they
 * think was not acknowledged in time (Slack's retries) and an attacker may replay a captured
 * one; either must never produce a second answer or post. One atomic check-and-record, in
 * memory for one process or in the shared store, so replicas recognise each other's events.
 */
import type { SeenEventStore } from "../store/store.js";

/** Records event keys and says whether one was already recorded. */
export interface SeenEvents {
  /** True when `key` was seen before (within the retention); otherwise records it and returns false. */
  seen(key: string): Promise<boolean>;
}

/** Default retention: an hour, far beyond Slack's retry schedule (last retry ~5 min). */
export const SEEN_EVENT_TTL_MS = 60 * 60 * 1000;
/** Default number of keys kept in memory. */
export const SEEN_EVENT_MAX_KEYS = 100_000;

/** Options for {@link createMemorySeenEvents}. */
export interface MemorySeenEventsOptions {
  /** How long a key is remembered, in milliseconds. */
  ttlMs?: number;
  /** Most keys kept; the oldest go first when full, so memory stays bounded under any load. */
  maxKeys?: number;
  /** Milliseconds since the epoch; injected so tests can move time. */
  now?: () => number;
}

/**
 * Seen events for one process. Keys expire after `ttlMs`.
 *
 * @example
 * const seenEvents = createMemorySeenEvents();
 * if (await seenEvents.seen(`command:${body.trigger_id}`)) return; // a retry
 */
export function createMemorySeenEvents(options: MemorySeenEventsOptions = {}): SeenEvents {
  const ttlMs = options.ttlMs ?? SEEN_EVENT_TTL_MS;
  const maxKeys = options.maxKeys ?? SEEN_EVENT_MAX_KEYS;
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

/** Options for {@link createStoreSeenEvents}. */
export interface StoreSeenEventsOptions {
  /** Namespace of the keys (`slack:`, `discord:`): the store's table is shared by platforms. */
  prefix: string;
  /** How long a key is remembered, in milliseconds. */
  ttlMs?: number;
  /** Milliseconds since the epoch; injected so tests can move time. */
  now?: () => number;
}

/**
 * Seen events kept in the shared store: the check and the record are one atomic statement
 * ({@link SeenEventStore.rememberSeenEvent}), so two replicas racing on one key cannot both win.
 */
export function createStoreSeenEvents(
  store: SeenEventStore,
  options: StoreSeenEventsOptions,
): SeenEvents {
  const ttlMs = options.ttlMs ?? SEEN_EVENT_TTL_MS;
  const now = options.now ?? Date.now;
  return {
    async seen(key) {
      const at = now();
      const isNew = await store.rememberSeenEvent(
        `${options.prefix}${key}`,
        new Date(at),
        new Date(at + ttlMs),
      );
      return !isNew;
    },
  };
}

/**
 * Seen events in `primary` (the store), falling back to `fallback` (memory) while the store
 * cannot answer: a replay to the same process is still refused, and a store outage does not
 * stop the platform from being answered.
 */
export function withFallback(primary: SeenEvents, fallback: SeenEvents): SeenEvents {
  return {
    async seen(key) {
      try {
        return await primary.seen(key);
      } catch {
        return fallback.seen(key);
      }
    },
  };
}
