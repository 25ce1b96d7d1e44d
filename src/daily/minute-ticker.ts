/**
 * Runs a task at start and then at every minute boundary of the clock (09:43:00.000, not
 * start-up plus a multiple of 30 s), so a post leaves at its slot, not up to a tick late.
 * Runs never overlap: a run longer than a minute is followed by the next boundary after it.
 */
import type { Clock } from "../runtime/clock.js";

/** One minute, the granularity of daily slots (`HH:MM`). */
export const MINUTE_MS = 60_000;

/** Waits `ms`; resolves early when `signal` aborts. Injected so tests move a manual clock. */
export type Wait = (ms: number, signal: AbortSignal) => Promise<void>;

/** The real wait: an unref'd timer, cleared on abort. */
export const realWait: Wait = (ms, signal) =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    timer.unref();
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });

/** Milliseconds from `at` to the next minute boundary (a full minute when exactly on one). */
export function msToNextMinute(at: Date): number {
  return MINUTE_MS - (at.getTime() % MINUTE_MS);
}

/** A running ticker. */
export interface MinuteTicker {
  /** Stops after the run in progress; resolves when it has finished. */
  stop(): Promise<void>;
}

/**
 * Starts ticking: `run` now, then at each minute boundary. Errors from `run` go to `onError`
 * and never stop the ticker.
 */
export function startMinuteTicker(
  run: () => Promise<unknown>,
  options: { clock: Clock; wait?: Wait; onError: (error: unknown) => void },
): MinuteTicker {
  const wait = options.wait ?? realWait;
  const abort = new AbortController();
  const loop = async () => {
    while (!abort.signal.aborted) {
      await run().catch(options.onError);
      if (abort.signal.aborted) break;
      await wait(msToNextMinute(options.clock.now()), abort.signal);
    }
  };
  const running = loop();
  return {
    async stop() {
      abort.abort();
      await running;
    },
  };
}
