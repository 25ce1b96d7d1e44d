/**
 * WAL checkpoints on a worker thread: the store's connection never checkpoints inside a
 * commit, the WAL still stays bounded, a worker that cannot run hands checkpoints back to
 * SQLite, and closing the store leaves no WAL behind.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  SQLITE_AUTOCHECKPOINT_PAGES,
  startCheckpointer,
} from "../../src/store/sqlite-checkpointer.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import { aSubscription } from "../helpers/subscriptions.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "ct-checkpoint-"));
  dirs.push(dir);
  return join(dir, "test.sqlite");
}

function openWal(path: string): Database.Database {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
  return db;
}

const walBytes = (path: string) => (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);

describe("SQLite checkpoints on a worker thread", () => {
  it("keeps the WAL bounded while the connection that writes never checkpoints", async () => {
    const path = tempFile();
    const db = openWal(path);
    const checkpointer = startCheckpointer(db, path, { everyMs: 10 });
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    const insert = db.prepare("INSERT INTO blobs (data) VALUES (?)");
    const write = db.transaction(() => {
      for (let i = 0; i < 64; i++) insert.run(Buffer.alloc(8_192, i));
    });
    // 48 commits of 512 KiB: 24 MiB through the WAL, with time for the worker in between.
    let largest = 0;
    for (let batch = 0; batch < 48; batch++) {
      write();
      largest = Math.max(largest, walBytes(path));
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await checkpointer.stop();
    // Unchecked, the WAL would hold all 24 MiB; restarted after checkpoints, far less.
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThan(12 * 1024 * 1024);
    expect(db.prepare("SELECT count(*) AS n FROM blobs").get()).toEqual({ n: 48 * 64 });
    db.close();
  });

  it("gives the connection SQLite's automatic checkpoint back when the worker cannot run", async () => {
    const path = tempFile();
    const db = openWal(path);
    const checkpointer = startCheckpointer(db, path, { driver: join(tmpdir(), "no-such-driver") });
    await vi.waitFor(
      () =>
        expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(SQLITE_AUTOCHECKPOINT_PAGES),
      { timeout: 10_000, interval: 20 },
    );
    await checkpointer.stop();
    db.close();
  });

  it("closes the worker's connection before the store's: closing leaves every row and no WAL", async () => {
    const path = tempFile();
    const store = createSqliteStore(path);
    await store.migrate();
    const ids = Array.from({ length: 300 }, (_, i) => `C${i}`);
    for (const id of ids) await store.saveSubscription(aSubscription(id));
    // Time for the worker to have opened its connection and checkpointed at least once.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await store.close();
    // SQLite removes the WAL when the last connection to the file closes.
    expect(existsSync(`${path}-wal`)).toBe(false);
    const reopened = createSqliteStore(path);
    expect((await reopened.listSubscriptions()).map((s) => s.channelId).sort()).toEqual(
      [...ids].sort(),
    );
    await reopened.close();
  });
});
