/**
 * A store that cannot write: `daily on` announces nothing it did not save, a card that fails
 * after the save says so and keeps the subscription, and readiness proves a write and says
 * why it failed (disk full, read-only, file deleted) with a 503. Real SQLite on a real small
 * disk (tmpfs), the real /readyz route.
 */
import { unlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addHealthRoutes } from "../../app/http/health-routes.js";
import { createHttpServer } from "../../app/http/http-server.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { createMetrics } from "../../src/runtime/metrics.js";
import { createSqliteStore, SQLITE_FILE } from "../../src/store/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { readOnlyPostgresStore } from "../helpers/read-only-postgres.js";
import { mountSmallDisk } from "../helpers/small-disk.js";
import { dailyRig } from "./daily-rig.js";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function storeOnSmallDisk() {
  const disk = mountSmallDisk();
  const path = join(disk.dir, SQLITE_FILE);
  const store = createSqliteStore(path);
  await store.migrate();
  cleanups.push(() => disk.unmount());
  cleanups.push(() => store.close().catch(() => undefined));
  return { disk, store, path };
}

/** GET /readyz against the real route with the store's write probe, as app/start.ts wires it. */
async function readyz(store: Store) {
  const http = createHttpServer(silentLogger());
  addHealthRoutes(
    http,
    [{ name: "store", probe: () => store.checkWritable(new Date()).then(() => true) }],
    createMetrics().registry,
  );
  const port = await http.listen(0, "127.0.0.1");
  try {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  } finally {
    await http.close();
  }
}

describe("daily on with a store that cannot write", () => {
  it("posts no card and says the subscription was not saved", async () => {
    const { store, close } = await readOnlyPostgresStore();
    cleanups.push(close);
    const rig = dailyRig(store, "2026-03-03T07:30:00Z");
    const answer = await rig.daily("C1", { action: "on", time: "09:57" });
    expect(answer).toContain("Daily facts are not on");
    expect(answer).not.toContain("Daily facts are on");
    expect(rig.cards).toEqual([]);
    expect(await rig.daily("C1", { action: "status" })).toContain("Daily facts are off");
  });

  it("keeps the subscription when the card fails after the save, and says so", async () => {
    const { store } = await storeOnSmallDisk();
    const rig = dailyRig(store, "2026-03-03T07:30:00Z");
    rig.confirmWith({ kind: "permanent", reason: "not_in_channel", fix: "invite the bot" });
    const answer = await rig.daily("C1", { action: "on", time: "09:57" });
    expect(answer).toContain("Daily facts are on");
    expect(answer).toContain("confirmation card could not be posted");
    expect(await rig.daily("C1", { action: "status" })).toContain("Running");
  });
});

describe("readiness proves the store can write", () => {
  it("is ready on a healthy disk", async () => {
    const { store } = await storeOnSmallDisk();
    expect(await readyz(store)).toMatchObject({ status: 200, body: { checks: { store: true } } });
  });

  it("is not ready on a full disk, and says so", async () => {
    const { disk, store } = await storeOnSmallDisk();
    disk.fill();
    const { status, body } = await readyz(store);
    expect(status).toBe(503);
    expect(body.reasons).toEqual({ store: expect.stringContaining("the disk is full") });
  });

  it("is not ready on a read-only database, and says so", async () => {
    const { store, close } = await readOnlyPostgresStore();
    cleanups.push(close);
    const { status, body } = await readyz(store);
    expect(status).toBe(503);
    expect(body.reasons).toEqual({ store: expect.stringContaining("read-only") });
  });

  it("is not ready when the database file was deleted, and says so", async () => {
    const { store, path } = await storeOnSmallDisk();
    unlinkSync(path);
    const { status, body } = await readyz(store);
    expect(status).toBe(503);
    expect(body.reasons).toEqual({ store: "the database file was deleted or moved" });
  });
});
