/**
 * A list of things a fake received, with a way to wait for one: tests wait on events, not on
 * the clock.
 */

/** Recorded items and waiting for one. */
export interface Recorder<T> {
  readonly all: readonly T[];
  add(item: T): void;
  /** The first recorded item matching `predicate`, now or when it arrives. */
  waitFor(predicate?: (item: T) => boolean, timeoutMs?: number): Promise<T>;
}

/** How long a test waits for something that should come within milliseconds (generous: a busy CI machine is slow, and only a hang should fail). */
export const WAIT_TIMEOUT_MS = 20_000;

/** Creates an empty recorder; `what` names it in timeout messages. */
export function createRecorder<T>(what: string): Recorder<T> {
  const all: T[] = [];
  const waiters = new Set<{ predicate: (item: T) => boolean; resolve: (item: T) => void }>();
  return {
    all,
    add(item) {
      all.push(item);
      for (const waiter of waiters) {
        if (waiter.predicate(item)) {
          waiters.delete(waiter);
          waiter.resolve(item);
        }
      }
    },
    waitFor(predicate = () => true, timeoutMs = WAIT_TIMEOUT_MS) {
      const found = all.find(predicate);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise<T>((resolve, reject) => {
        const waiter = {
          predicate,
          resolve: (item: T) => {
            clearTimeout(timer);
            resolve(item);
          },
        };
        // Only fires when the test is failing anyway.
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`timed out waiting for ${what}`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
  };
}
