/**
 * Keeps count of the interactions being answered, so stopping can refuse new ones and wait for
 * those already accepted (Discord gives each 3 s; a half-sent answer is a broken button).
 */

/** How long stopping waits for answers in flight. */
export const DRAIN_MS = 5000;

/** The interactions in flight. */
export interface InFlight {
  /** False once {@link InFlight.drain} was called: take no new work. */
  readonly accepting: boolean;
  /** Tracks `work` until it settles. */
  track(work: Promise<void>): Promise<void>;
  /** Stops accepting and waits (at most `ms`) for the work in flight. */
  drain(ms?: number): Promise<void>;
}

/** Creates an empty tracker. */
export function createInFlight(): InFlight {
  const pending = new Set<Promise<void>>();
  let accepting = true;
  return {
    get accepting() {
      return accepting;
    },
    track(work) {
      const settled = work.catch(() => undefined);
      pending.add(settled);
      void settled.finally(() => pending.delete(settled));
      return settled;
    },
    async drain(ms = DRAIN_MS) {
      accepting = false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, ms);
      });
      await Promise.race([Promise.allSettled([...pending]), timeout]);
      clearTimeout(timer);
    },
  };
}
