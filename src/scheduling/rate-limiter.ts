/**
 * A sliding-window rate limiter: at most `requests` acquisitions in any `perMs` window.
 * Unlike a token bucket it never allows a double burst across a window edge, so a platform
 * that counts requests per rolling second never sees more than the limit.
 */
import type { Clock } from "../clock.js";

/** Waits `ms` milliseconds; injected so tests can move a manual clock instead. */
export type Sleep = (ms: number) => Promise<void>;

/** The real sleep. */
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A limiter shared by concurrent senders. */
export interface RateLimiter {
  /** Resolves when one more request may go out. */
  acquire(): Promise<void>;
}

/**
 * Creates a limiter.
 *
 * @example
 * const limiter = createRateLimiter({ requests: 45, perMs: 1000 }, systemClock, realSleep);
 * await limiter.acquire();
 */
export function createRateLimiter(
  limit: { requests: number; perMs: number },
  clock: Clock,
  sleep: Sleep,
): RateLimiter {
  const stamps: number[] = [];
  let queue: Promise<void> = Promise.resolve();
  const take = async () => {
    for (;;) {
      const now = clock.now().getTime();
      while (stamps.length > 0 && (stamps[0] ?? 0) <= now - limit.perMs) stamps.shift();
      if (stamps.length < limit.requests) {
        stamps.push(now);
        return;
      }
      await sleep((stamps[0] ?? now) + limit.perMs - now);
    }
  };
  return {
    acquire() {
      // Serialise waiters so they are served in order and none overtakes the window.
      const turn = queue.then(take);
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
