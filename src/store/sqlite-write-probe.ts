/**
 * SQLite's readiness write: proves the file is still the one opened (not deleted or replaced
 * underneath the open handle, which SQLite would keep writing to unseen) and that a write
 * transaction commits.
 */
import { accessSync, constants, statfsSync, statSync } from "node:fs";
import { dirname } from "node:path";
import type Database from "better-sqlite3";
import { notWritable, StoreNotWritableError } from "./store-errors.js";

/**
 * Free space below which the disk counts as full: a post's claim and outcome take a few KiB,
 * but SQLite needs room to grow its WAL and checkpoint; 4 MiB leaves margin for a tick.
 */
export const MIN_FREE_BYTES = 4 * 1024 * 1024;

/** Identity of a file: device and inode. */
function identity(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Returns a probe for `db` opened at `path` (`:memory:` skips the file checks). The probe
 * throws {@link StoreNotWritableError} saying why the store cannot take writes.
 */
export function createWriteProbe(db: Database.Database, path: string): (now: Date) => void {
  const opened = path === ":memory:" ? undefined : identity(path);
  return (now) => {
    if (opened !== undefined) {
      const current = identity(path);
      if (current === undefined)
        throw new StoreNotWritableError("the database file was deleted or moved");
      if (current !== opened)
        throw new StoreNotWritableError("the database file was replaced by another file");
      try {
        accessSync(path, constants.W_OK);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new StoreNotWritableError(
          code === "EROFS"
            ? "the database is read-only (read-only file system)"
            : "the database is read-only (no write permission)",
          { cause: error },
        );
      }
      const disk = statfsSync(dirname(path));
      if (disk.bavail * disk.bsize < MIN_FREE_BYTES)
        throw new StoreNotWritableError(
          `the disk is full (${Math.floor((disk.bavail * disk.bsize) / 1024)} KiB free)`,
        );
    }
    try {
      db.prepare(
        "INSERT INTO store_probe (id, probed_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at",
      ).run(now.toISOString());
      // The write must reach the disk: a full disk shows when the WAL grows, at checkpoint.
      db.pragma("wal_checkpoint(PASSIVE)");
    } catch (error) {
      throw notWritable(error);
    }
  };
}
