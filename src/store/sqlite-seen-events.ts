/**
 * SQLite's seen-event keys (Store.rememberSeenEvent), written in batches: every Slack request
 * records its key before it is answered, and a commit costs far more than the row, so the keys
 * that arrive while the event loop is busy are recorded together in one transaction at the
 * end of the turn. Each caller still gets its answer only after its key is committed, so
 * nothing is less durable than one commit per key; the cost is waiting for the turn to end.
 */
import type Database from "better-sqlite3";
import { PRUNE_CHANCE } from "./store.js";

/** One key waiting for the batch it is in to commit. */
interface PendingKey {
  key: string;
  now: string;
  expiresAt: string;
  resolve: (isNew: boolean) => void;
  reject: (error: unknown) => void;
}

/** The batched writer. */
export interface SqliteSeenEvents {
  /** As Store.rememberSeenEvent: true when `key` was new (now recorded until `expiresAt`). */
  remember(key: string, now: Date, expiresAt: Date): Promise<boolean>;
  /** Commits what is waiting now (before the database closes). */
  flush(): void;
}

/**
 * Creates the writer over `db`, whose `seen_events` table must exist by the first call.
 * Statements are prepared on first use. A failed commit rejects every key of its batch.
 *
 * @example
 * const seen = createSqliteSeenEvents(db);
 * const isNew = await seen.remember("slack:command:123.456", now, inAnHour);
 */
export function createSqliteSeenEvents(db: Database.Database): SqliteSeenEvents {
  let pending: PendingKey[] = [];
  let commit: ((batch: readonly PendingKey[]) => boolean[]) | undefined;
  const prepareCommit = () => {
    const prune = db.prepare("DELETE FROM seen_events WHERE expires_at < ?");
    // An expired key is replaced, a live one makes the insert a no-op (no change), as in the
    // PostgreSQL store; a key twice in one batch is new the first time only.
    const upsert = db.prepare(
      `INSERT INTO seen_events (key, expires_at) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_events.expires_at < ?`,
    );
    return db.transaction((batch: readonly PendingKey[]) => {
      // Expired keys go now and then, so the table stays small without a timer.
      for (const { now } of batch) {
        if (Math.random() < PRUNE_CHANCE) {
          prune.run(now);
          break;
        }
      }
      return batch.map(({ key, now, expiresAt }) => upsert.run(key, expiresAt, now).changes === 1);
    });
  };
  const flush = () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    try {
      commit ??= prepareCommit();
      const results = commit(batch);
      batch.forEach((waiting, i) => {
        waiting.resolve(results[i] === true);
      });
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  };
  return {
    remember(key, now, expiresAt) {
      return new Promise((resolve, reject) => {
        pending.push({
          key,
          now: now.toISOString(),
          expiresAt: expiresAt.toISOString(),
          resolve,
          reject,
        });
        if (pending.length === 1) setImmediate(flush);
      });
    },
    flush,
  };
}
