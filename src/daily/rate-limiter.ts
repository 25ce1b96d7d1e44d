/**
 * A rate limiter that spaces requests evenly (one every `perMs / requests`, on a fixed grid of
 * turns while they keep coming, never two less than half that apart) and never lets more than
 * `requests` through in any `perMs` window. Bursts are what break a limit measured at the
 * other end: network jitter can push the tail of one burst into the next window, so a platform
 * counting a rolling second sees more than was sent in any second here.
 */
import type { Clock } from "../runtime/clock.js";

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
  const spacing = limit.perMs / limit.requests;
  // The turn given to the last request, on a grid `spacing` apart while requests keep coming.
  let lastTurn: number | undefined;
  let queue: Promise<void> = Promise.resolve();
  const take = async () => {
    for (;;) {
      const now = clock.now().getTime();
      while (stamps.length > 0 && (stamps[0] ?? 0) <= now - limit.perMs) stamps.shift();
      const turn = lastTurn === undefined ? now : lastTurn + spacing;
      const spaced = turn - now;
      const windowed = stamps.length < limit.requests ? 0 : (stamps[0] ?? now) + limit.perMs - now;
      const wait = Math.max(spaced, windowed);
      // A millisecond clock cannot time a fraction of one: within a millisecond of its spaced
      // turn a request goes (a spacing under a millisecond leaves the window alone to hold the
      // limit). Waiting out the fraction would cost a whole timer tick per request: 43/s
      // instead of 45/s at Discord's spacing of 22.2 ms. The window still caps every second.
      if (wait <= 0 || (spaced < 1 && windowed <= 0)) {
        stamps.push(now);
        // A request that goes a little late (its timer fired late, sends settled first) keeps
        // the next turns where they were: spacing each from when the last one went added every
        // delay up, 41–42/s instead of 45/s at Discord's spacing (bench/daily-fanout-bench.ts).
        // One later than half a spacing (a pause, a stalled loop) starts the turns again from
        // now, so two requests never go less than half a spacing apart (less the millisecond
        // above) and a pause is never caught up in a burst.
        lastTurn = now - turn < spacing / 2 ? turn : now;
        return;
      }
      await sleep(wait);
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
