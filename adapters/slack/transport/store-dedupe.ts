/**
 * A {@link DeliveryDedupe} kept in the shared store, so a Slack retry that a load balancer
 * sends to another replica is still recognised: the check and the record are one atomic
 * statement (SeenEventStore.rememberSeenEvent), so two replicas racing on the same key cannot both win.
 */

import type { SeenEventStore } from "../../../src/store/store.js";
import { DEDUPE_TTL_MS, type DeliveryDedupe } from "./delivery-dedupe.js";

/** Options for {@link createStoreDedupe}. */
export interface StoreDedupeOptions {
  /** How long a key is remembered; the in-memory dedupe's retention by default. */
  ttlMs?: number;
  /** Milliseconds since the epoch; injected so tests can move time. */
  now?: () => number;
}

/** Keys are namespaced: the store's table is shared with other platforms' delivery ids. */
const KEY_PREFIX = "slack:";

/**
 * Creates the dedupe over `store`.
 *
 * @example
 * app.use(createDeliveryGuard({ dedupe: createStoreDedupe(store), work, logger }));
 */
export function createStoreDedupe(
  store: SeenEventStore,
  options: StoreDedupeOptions = {},
): DeliveryDedupe {
  const ttlMs = options.ttlMs ?? DEDUPE_TTL_MS;
  const now = options.now ?? Date.now;
  return {
    async seen(key) {
      const at = now();
      const isNew = await store.rememberSeenEvent(
        `${KEY_PREFIX}${key}`,
        new Date(at),
        new Date(at + ttlMs),
      );
      return !isNew;
    },
  };
}
