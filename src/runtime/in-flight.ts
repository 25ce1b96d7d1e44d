/**
 * Keeps count of the requests being answered, so stopping can refuse new ones and wait for
 * those already accepted (Slack and Discord give each 3 s; a half-sent answer is a broken
 * button). One tracker for every adapter.
 */

/** How long stopping waits for answers in flight, in milliseconds. */
export const DRAIN_MS = 5000;

/** The work in flight. */
export interface InFlight {
  /** False once {@link InFlight.drain} was called: take no new work. */
  readonly accepting: boolean;
  /**
   * Tracks `work` until it settles and returns it unchanged: a failure stays the caller's to
   * handle, and the tracker itself never leaves an unhandled rejection behind.
   */
  track<T>(work: Promise<T>): Promise<T>;
  /**
   * Stops accepting and waits until nothing tracked is pending (including work tracked while
   * waiting), at most `ms` milliseconds.
   */
  drain(ms?: number): Promise<void>;
}

/**
 * Creates an empty tracker.
 *
 * @example
 * const inFlight = createInFlight();
 * if (inFlight.accepting) await inFlight.track(answer(request));
 * await inFlight.drain(); // on SIGTERM
 */
export function createInFlight(): InFlight {
  const pending = new Set<Promise<void>>();
  let accepting = true;
  return {
    get accepting() {
      return accepting;
    },
    track(work) {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      pending.add(settled);
      void settled.then(() => pending.delete(settled));
      return work;
    },
    async drain(ms = DRAIN_MS) {
      accepting = false;
      let timer: NodeJS.Timeout | undefined;
      let expired = false;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          expired = true;
          resolve();
        }, ms);
      });
      while (pending.size > 0 && !expired) await Promise.race([Promise.all([...pending]), timeout]);
      clearTimeout(timer);
    },
  };
}
