/**
 * Owner-only files for the embedded database: DATA_DIR 0700, the SQLite files 0600, so the
 * Slack installations inside are readable by the bot's user alone.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";

/** DATA_DIR's mode: only the bot's user may list or enter it. */
export const DATA_DIR_MODE = 0o700;
/** The database files' mode: only the bot's user may read or write them. */
export const FILE_MODE = 0o600;

/**
 * Creates the database's directory and file owner-only, and tightens them when they exist
 * already. chmod after creating, because mkdir and open modes are filtered by the umask.
 */
export function createOwnerOnly(path: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true, mode: DATA_DIR_MODE });
  try {
    chmodSync(dir, DATA_DIR_MODE);
  } catch (error) {
    // A directory another user owns (a mounted volume): the files in it are still 0600.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") throw error;
  }
  if (!existsSync(path)) closeSync(openSync(path, "a", FILE_MODE));
  chmodSync(path, FILE_MODE);
}

/**
 * Sets SQLite's companion files of the database at `path` (-wal, -shm, -journal) owner-only
 * when they exist. SQLite creates new ones with the database file's mode; this tightens the
 * ones an older version left readable.
 */
export function tightenSidecars(path: string): void {
  for (const file of [`${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    chmodIfPresent(file, FILE_MODE);
  }
}

function chmodIfPresent(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
