/**
 * The fake Discord's global rate limit: at most `requests` bot-token requests in any rolling
 * `perMs`, across routes; beyond it a 429 with `global: true`, counted. Its clock is
 * injectable, so a test on a manual clock and a benchmark on the real one measure alike.
 */

/** The limiter and what it saw. */
export interface GlobalLimiter {
  readonly requests: number;
  readonly perMs: number;
  /** 429s sent. */
  readonly rejected: number;
  /** Requests let through. */
  readonly served: number;
  /** The most requests let through within any rolling window. */
  readonly peak: number;
  /** Admits one request now, or says how long until one would be admitted. */
  admit(): { ok: true } | { ok: false; retryAfterMs: number };
}

/** What the limiter enforces. */
export interface GlobalLimitOptions {
  requests: number;
  /** The window; 1000 ms (Discord's "per second") when unset. */
  perMs?: number;
  /** Milliseconds now; Date.now when unset. */
  now?: () => number;
}

/** Creates a limiter with an empty window. */
export function createGlobalLimiter(options: GlobalLimitOptions): GlobalLimiter {
  const perMs = options.perMs ?? 1000;
  const now = options.now ?? Date.now;
  // Times of the requests let through within the last `perMs`, oldest first.
  const window: number[] = [];
  let rejected = 0;
  let served = 0;
  let peak = 0;
  return {
    requests: options.requests,
    perMs,
    get rejected() {
      return rejected;
    },
    get served() {
      return served;
    },
    get peak() {
      return peak;
    },
    admit() {
      const at = now();
      // A request `perMs` old has left the window: the window is (at - perMs, at].
      while (window.length > 0 && (window[0] ?? at) <= at - perMs) window.shift();
      if (window.length >= options.requests) {
        rejected++;
        return { ok: false, retryAfterMs: Math.max(1, (window[0] ?? at) + perMs - at) };
      }
      window.push(at);
      served++;
      peak = Math.max(peak, window.length);
      return { ok: true };
    },
  };
}
