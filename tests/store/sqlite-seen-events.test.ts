/**
 * SQLite's batched seen-event writer: keys that arrive in the same turn of the event loop are
 * committed together, and each still gets the answer it would get alone.
 */
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createSqliteSeenEvents } from "../../src/store/sqlite-seen-events.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import type { Store } from "../../src/store/store.js";

const NOW = new Date("2026-11-27T08:00:00Z");
const IN_AN_HOUR = new Date("2026-11-27T09:00:00Z");
const stores: Store[] = [];

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

async function openStore(): Promise<Store> {
  const store = createSqliteStore(":memory:");
  await store.migrate();
  stores.push(store);
  return store;
}

describe("SQLite seen events", () => {
  it("answers 'new' once when the same key arrives twice in one batch", async () => {
    const store = await openStore();
    const answers = await Promise.all([
      store.rememberSeenEvent("slack:command:1", NOW, IN_AN_HOUR),
      store.rememberSeenEvent("slack:command:1", NOW, IN_AN_HOUR),
    ]);
    expect(answers).toEqual([true, false]);
  });

  it("records every key of a batch of concurrent requests, each new once", async () => {
    const store = await openStore();
    const keys = Array.from({ length: 40 }, (_, i) => `slack:command:${i}`);
    const first = await Promise.all(keys.map((k) => store.rememberSeenEvent(k, NOW, IN_AN_HOUR)));
    expect(first.every((isNew) => isNew)).toBe(true);
    const again = await Promise.all(keys.map((k) => store.rememberSeenEvent(k, NOW, IN_AN_HOUR)));
    expect(again.some((isNew) => isNew)).toBe(false);
  });

  it("takes an expired key as new again, in the same batch as a live one", async () => {
    const store = await openStore();
    await store.rememberSeenEvent("slack:event:old", NOW, new Date("2026-11-27T08:10:00Z"));
    await store.rememberSeenEvent("slack:event:live", NOW, IN_AN_HOUR);
    const later = new Date("2026-11-27T08:20:00Z");
    const answers = await Promise.all([
      store.rememberSeenEvent("slack:event:old", later, IN_AN_HOUR),
      store.rememberSeenEvent("slack:event:live", later, IN_AN_HOUR),
    ]);
    expect(answers).toEqual([true, false]);
  });

  it("rejects every key of a batch whose commit fails", async () => {
    // No seen_events table: the commit fails, as it would on a broken database file.
    const db = new Database(":memory:");
    const seen = createSqliteSeenEvents(db);
    const answers = await Promise.allSettled([
      seen.remember("slack:command:1", NOW, IN_AN_HOUR),
      seen.remember("slack:command:2", NOW, IN_AN_HOUR),
    ]);
    expect(answers.map((a) => a.status)).toEqual(["rejected", "rejected"]);
    db.close();
  });

  it("commits keys still waiting when the store closes", async () => {
    const db = new Database(":memory:");
    db.exec("CREATE TABLE seen_events (key TEXT PRIMARY KEY, expires_at TEXT NOT NULL)");
    const seen = createSqliteSeenEvents(db);
    const answer = seen.remember("slack:command:1", NOW, IN_AN_HOUR);
    seen.flush();
    db.close();
    await expect(answer).resolves.toBe(true);
  });
});
