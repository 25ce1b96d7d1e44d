/**
 * Work in progress, so stopping can wait for answers already being delivered.
 */

/** Tracks promises until they settle. */
export interface InflightWork {
  /** Tracks `work` and returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves once nothing tracked is pending (including work tracked while waiting). */
  drain(): Promise<void>;
}

/** Creates an empty tracker. */
export function createInflightWork(): InflightWork {
  const pending = new Set<Promise<void>>();
  return {
    track(work) {
      // Track a settled copy: a failure stays the caller's to handle, never an unhandled rejection.
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      pending.add(settled);
      void settled.then(() => pending.delete(settled));
      return work;
    },
    async drain() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
