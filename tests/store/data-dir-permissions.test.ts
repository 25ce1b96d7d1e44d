/**
 * The embedded database holds Slack installations, so nobody but the bot's user may read it:
 * DATA_DIR is 0700 and every SQLite file (database, -wal, -shm, -journal) 0600, whatever the
 * umask, and a directory or files an earlier version left readable are tightened on open.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/create-store.js";
import { SQLITE_FILE } from "../../src/store/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { aSubscription } from "../helpers/subscriptions.js";

const roots: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close().catch(() => undefined);
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A DATA_DIR path inside a fresh temporary folder (the folder itself not yet created). */
function dataDir(): string {
  const root = mkdtempSync(join(tmpdir(), "ct-perms-"));
  roots.push(root);
  return join(root, "data");
}

const modeOf = (path: string) => statSync(path).mode & 0o777;

async function openAndWrite(dir: string): Promise<Store> {
  const store = await openStore({ dataDir: dir });
  stores.push(store);
  await store.saveSubscription(aSubscription("C1"));
  await store.saveInstallation("slack", "T1", { bot: { token: "xoxb-1" } }, new Date());
  return store;
}

/** The mode of DATA_DIR and of each SQLite file present in it. */
function modes(dir: string): Record<string, string> {
  const db = join(dir, SQLITE_FILE);
  const found: Record<string, string> = { [dir]: modeOf(dir).toString(8) };
  for (const file of [db, `${db}-wal`, `${db}-shm`, `${db}-journal`]) {
    if (existsSync(file)) found[file] = modeOf(file).toString(8);
  }
  return found;
}

function expectOwnerOnly(dir: string, files: number): void {
  const found = modes(dir);
  expect(Object.keys(found)).toHaveLength(1 + files);
  for (const [path, mode] of Object.entries(found)) {
    expect(mode, path).toBe(path === dir ? "700" : "600");
  }
}

describe("the SQLite data directory", () => {
  it.each([
    ["the usual umask 022", 0o022],
    ["umask 000", 0o000],
    ["umask 002", 0o002],
  ])("is created 0700 with its database, -wal and -shm files 0600 under %s", async (_, mask) => {
    const dir = dataDir();
    const before = process.umask(mask);
    try {
      await openAndWrite(dir);
    } finally {
      process.umask(before);
    }
    expectOwnerOnly(dir, 3);
  });

  it("tightens a DATA_DIR and database files an earlier version left readable", async () => {
    const dir = dataDir();
    const first = await openAndWrite(dir);
    await first.close();
    const db = join(dir, SQLITE_FILE);
    // As an older ct-bot left them: world-readable, with a rollback journal beside.
    writeFileSync(`${db}-journal`, "");
    for (const file of [db, `${db}-journal`]) chmodSync(file, 0o644);
    chmodSync(dir, 0o755);

    await openAndWrite(dir);
    expectOwnerOnly(dir, 4);
  });

  it("tightens a DATA_DIR someone created beforehand", async () => {
    const dir = dataDir();
    mkdirSync(dir, { mode: 0o777 });
    chmodSync(dir, 0o777);
    await openAndWrite(dir);
    expectOwnerOnly(dir, 3);
  });
});
