/**
 * Group commit for the two writes every daily post makes (`sending` before the send, the
 * outcome after it): what concurrent senders ask for while a batch is being written goes
 * into the next batch, one transaction each ({@link DailyStore.recordSends}). Commits, not
 * rows, are what a store pays for (an fsync, a round trip): concurrent senders then share one.
 *
 * Exactly once is kept: {@link SendRecorder.startSending} resolves only after the batch
 * holding it is committed, so a post is durably `sending` before its send starts. Outcomes
 * are written behind: the sender moves on at once, and the outcome is committed with the
 * next batch (a few milliseconds later). A crash in between leaves the row `sending`, which
 * the next owner closes as `unknown`: never a second post, as when a crash cuts a send.
 */
import type { Clock } from "../runtime/clock.js";
import type { Logger } from "../runtime/logger.js";
import type {
  DailyStore,
  DeliveryOutcome,
  FinishedDelivery,
  StartingDelivery,
} from "./daily-store.js";

/** Batches being written at once. */
export const SEND_WRITERS = 3;
/** Most writes in one batch: bounds a synchronous SQLite transaction to a few milliseconds. */
export const SEND_BATCH_MAX = 256;

/** The two per-post writes, batched; same meaning as the {@link DailyStore} methods. */
export interface SendRecorder {
  /** Resolves true once the delivery is committed as `sending`; false when another process owns it. */
  startSending(deliveryId: string, claimToken: string, now: Date): Promise<boolean>;
  /** Queues the outcome and resolves at once; a failed write is logged (the row stays `sending`). */
  finishDelivery(deliveryId: string, outcome: DeliveryOutcome, now: Date): Promise<void>;
  /** Resolves when everything queued so far is committed (or its failure logged). */
  flush(): Promise<void>;
  /**
   * {@link flush}, then one turn of the event loop so the senders it released have started
   * their sends. The rate limiter calls it before it sleeps: a send holding a slot goes out
   * before the clock moves on to the next slot.
   */
  settle(): Promise<void>;
}

interface PendingStart extends StartingDelivery {
  resolve(started: boolean): void;
  reject(error: unknown): void;
}

/**
 * Creates a recorder writing to `store`; `startSending` rows get the commit's time from `clock`.
 *
 * @example
 * const sends = createSendRecorder(store, clock, logger);
 * if (await sends.startSending(d.id, d.claimToken, clock.now())) await post();
 */
export function createSendRecorder(store: DailyStore, clock: Clock, logger: Logger): SendRecorder {
  const starts: PendingStart[] = [];
  const finishes: FinishedDelivery[] = [];
  const flushing = new Set<Promise<void>>();

  const writeBatch = async (): Promise<void> => {
    // Let every sender that can run now queue its write first: they share this batch.
    await new Promise((resolve) => setImmediate(resolve));
    const finished = finishes.splice(0, SEND_BATCH_MAX);
    const starting = starts.splice(0, SEND_BATCH_MAX - finished.length);
    if (finished.length === 0 && starting.length === 0) return;
    try {
      const sending = await store.recordSends(finished, starting, clock.now());
      for (const s of starting) s.resolve(sending.has(s.deliveryId));
    } catch (error) {
      for (const s of starting) s.reject(error);
      if (finished.length > 0)
        logger.error(
          { err: error, deliveries: finished.map((f) => f.deliveryId) },
          "daily outcomes not recorded; these posts will be closed as unknown",
        );
    }
  };
  // Up to SEND_WRITERS batches in flight: a store that commits concurrent transactions with
  // one disk flush (PostgreSQL's group commit) then serves more senders per flush.
  const schedule = () => {
    if (flushing.size >= SEND_WRITERS || (starts.length === 0 && finishes.length === 0)) return;
    const batch = writeBatch().finally(() => {
      flushing.delete(batch);
      schedule();
    });
    flushing.add(batch);
  };
  const flush = async () => {
    while (flushing.size > 0) await Promise.all(flushing);
  };

  return {
    startSending(deliveryId, claimToken) {
      return new Promise<boolean>((resolve, reject) => {
        starts.push({ deliveryId, claimToken, resolve, reject });
        schedule();
      });
    },
    async finishDelivery(deliveryId, outcome, at) {
      finishes.push({ deliveryId, outcome, at });
      schedule();
    },
    flush,
    async settle() {
      await flush();
      // The senders just told to go reach their post call before the caller moves on.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}
