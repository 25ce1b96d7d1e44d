/**
 * WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside the commit
 * that fills the WAL past `wal_autocheckpoint` pages (1,000 by default): that commit copies
 * about 4 MiB back into the database file and syncs it. In a 100k-post daily tick one claim
 * in four paid for it, 25–38 ms each instead of 8 ms, and the event loop stalled with it
 * (bench/daily-store-bench.ts). Here the store's connection stops checkpointing and a worker
 * thread, with its own connection to the same file, runs a PASSIVE checkpoint every
 * {@link CHECKPOINT_EVERY_MS}: it copies what it can without waiting on, or blocking, the
 * writer, and the writer starts the WAL again from the top once it has all been copied.
 * SQLite documents both halves: `wal_autocheckpoint = 0` turns the automatic checkpoint off
 * (https://sqlite.org/c3ref/wal_autocheckpoint.html), and any connection to the file may
 * checkpoint it instead (https://sqlite.org/wal.html, "Application-Initiated Checkpoints").
 *
 * The worker's code is a short CommonJS string (`eval`): it runs the same under the compiled
 * bot, tsx and vitest, none of which would load a TypeScript worker file alike. If the worker
 * cannot start or fails, the connection gets SQLite's automatic checkpoint back, so the WAL
 * never grows without bound.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type Database from "better-sqlite3";

/** How often the worker checkpoints, in ms: the WAL then holds about this long of writes. */
export const CHECKPOINT_EVERY_MS = 100;
/** SQLite's own default `wal_autocheckpoint`, in pages, restored when the worker is gone. */
export const SQLITE_AUTOCHECKPOINT_PAGES = 1_000;
/** How long {@link Checkpointer.stop} waits for the worker to close its connection, in ms. */
const STOP_TIMEOUT_MS = 2_000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
const timer = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // Busy or a passing I/O error: the next round tries again.
  }
}, workerData.everyMs);
parentPort.once("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** A running checkpointer. */
export interface Checkpointer {
  /** Stops the worker and closes its connection; the store's own connection is untouched. */
  stop(): Promise<void>;
}

/** Options for {@link startCheckpointer}; the defaults are what the store uses. */
export interface CheckpointerOptions {
  /** ms between two checkpoints; {@link CHECKPOINT_EVERY_MS} when omitted. */
  everyMs?: number;
  /** The module the worker opens the file with; better-sqlite3 when omitted. */
  driver?: string;
}

/**
 * Moves `db`'s checkpoints (a connection in WAL mode to the file at `path`) to a worker
 * thread: sets `wal_autocheckpoint = 0` on `db` and starts the worker. Should the worker fail
 * to start or stop unasked, `db` gets {@link SQLITE_AUTOCHECKPOINT_PAGES} back. The worker
 * does not keep the process alive.
 *
 * @example
 * const checkpointer = startCheckpointer(db, path);
 * // … writes …
 * await checkpointer.stop();
 * db.close();
 */
export function startCheckpointer(
  db: Database.Database,
  path: string,
  options: CheckpointerOptions = {},
): Checkpointer {
  const driver = options.driver ?? createRequire(import.meta.url).resolve("better-sqlite3");
  db.pragma("wal_autocheckpoint = 0");
  let stopping = false;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { path, driver, everyMs: options.everyMs ?? CHECKPOINT_EVERY_MS },
  });
  worker.unref();
  const fallBack = () => {
    if (!stopping && db.open) db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
  };
  worker.on("error", fallBack);
  const exited = new Promise<void>((resolve) =>
    worker.once("exit", () => {
      fallBack();
      resolve();
    }),
  );
  return {
    async stop() {
      if (stopping) return exited;
      stopping = true;
      worker.postMessage("stop");
      const timeout = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timeout);
    },
  };
}
