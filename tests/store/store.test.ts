/**
 * Both stores, one suite: migrations, exactly-once claims, and what a restart finds.
 * SQLite always runs; PostgreSQL runs wherever a server answers (CI makes sure one does).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { decideDue } from "../../src/daily/scheduler.js";
import { type KeyRing, parseKeyRing } from "../../src/runtime/secret-box.js";
import { createPostgresStore } from "../../src/store/postgres-store.js";
import { rotateInstallations, sealInstallations } from "../../src/store/sealed-installations.js";
import {
  createSqliteStore,
  SQLITE_CLAIM_CHUNK,
  SQLITE_FILE,
} from "../../src/store/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { bundledContent } from "../helpers/content.js";
import {
  dropSchema,
  freshSchema,
  postgresUnavailable,
  TEST_DATABASE_URL,
} from "../helpers/postgres.js";
import { aSubscription } from "../helpers/subscriptions.js";

const content = bundledContent();
const OLD_KEY = "FW+7Z+MMJeBFnDEDbbqWX8B2LPSaBvuekEYhLEVHd6w=";
const NEW_KEY = "6Gug3o6n3xCgs9yAexLvhh06C+Y3+ZPIZIsS5Gz8llg=";
function ringOf(value: string): KeyRing {
  const read = parseKeyRing(value);
  if (!("ring" in read)) throw new Error(read.problem);
  return read.ring;
}
const OLD_RING = ringOf(OLD_KEY);
/** The new key first (it encrypts), the old one kept to decrypt. */
const NEW_RING = ringOf(`${NEW_KEY},${OLD_KEY}`);
const dirs: string[] = [];
const schemas: string[] = [];
const stores: Store[] = [];
const pgMissing = await postgresUnavailable();
if (pgMissing) console.warn(`skipping the PostgreSQL store tests: ${pgMissing}`);

/** A backend: `location()` names a database that outlives a store (a file, a schema). */
interface Backend {
  name: string;
  location(): string;
  open(location: string): Store;
}

const BACKENDS: Backend[] = [
  {
    name: "sqlite",
    location() {
      const dir = mkdtempSync(join(tmpdir(), "ct-store-"));
      dirs.push(dir);
      return join(dir, "data", SQLITE_FILE);
    },
    open: (path) => createSqliteStore(path),
  },
  ...(pgMissing
    ? []
    : [
        {
          name: "postgres",
          location() {
            const schema = freshSchema();
            schemas.push(schema);
            return schema;
          },
          open: (schema: string) =>
            createPostgresStore({ connectionString: TEST_DATABASE_URL, schema, max: 3 }),
        },
      ]),
];

/** The process that claims in these tests, and another one. */
const OWNER = { id: "owner-a", host: "host-a", pid: 101 };
const OTHER = { id: "owner-b", host: "host-b", pid: 202 };
/** Takeover by OTHER: claims older than `staleBefore`, or of owners not in `live`. */
const takeover = (staleBefore: string, live: string[] = [OWNER.id, OTHER.id]) => ({
  staleBefore: new Date(staleBefore),
  liveOwners: live,
  owner: OTHER,
});

const claim = (store: Store, at: string, limit = 200) =>
  store.claimDue(
    new Date(at),
    ["slack", "discord"],
    limit,
    OWNER,
    decideDue(content, new Date(at)),
  );

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  for (const schema of schemas.splice(0)) await dropSchema(schema);
});

describe.each(BACKENDS)("$name store", (backend) => {
  const open = async (location = backend.location()): Promise<Store> => {
    const store = backend.open(location);
    await store.migrate();
    stores.push(store);
    return store;
  };
  const tempFile = () => backend.location();

  it("creates its database, and migrates twice without harm", async () => {
    const path = tempFile();
    const store = await open(path);
    await store.migrate();
    if (backend.name === "sqlite") expect(existsSync(path)).toBe(true);
    await store.saveSubscription(aSubscription("C1"));
    expect((await store.listSubscriptions()).map((s) => s.channelId)).toEqual(["C1"]);
  });

  it("claims a due post exactly once and moves the subscription to its next slot", async () => {
    const store = await open();
    await store.saveSubscription(
      aSubscription("C1", { nextPostAt: new Date("2026-11-27T08:00:00Z") }),
    );
    const first = await claim(store, "2026-11-27T08:00:05Z");
    expect(first.deliveries.map((d) => [d.delivery.localDate, d.delivery.state])).toEqual([
      ["2026-11-27", "claimed"],
    ]);
    expect((await claim(store, "2026-11-27T08:00:06Z")).deliveries).toEqual([]);
    expect((await store.getSubscription("slack:T1:C1"))?.nextPostAt?.toISOString()).toBe(
      "2026-11-28T08:00:00.000Z",
    );
  });

  it("posts late the same day after downtime, but does not back-fill a missed day", async () => {
    const store = await open();
    await store.saveSubscription(
      aSubscription("late", { nextPostAt: new Date("2026-11-27T08:00:00Z") }),
    );
    await store.saveSubscription(
      aSubscription("missed", { nextPostAt: new Date("2026-11-26T08:00:00Z") }),
    );
    const { deliveries } = await claim(store, "2026-11-27T07:30:00Z");
    expect(deliveries).toEqual([]);
    expect((await store.getSubscription("slack:T1:missed"))?.nextPostAt?.toISOString()).toBe(
      "2026-11-27T08:00:00.000Z",
    );

    const later = await claim(store, "2026-11-27T15:00:00Z");
    expect(
      later.deliveries.map((d) => [d.subscription.channelId, d.delivery.localDate]).sort(),
    ).toEqual([
      ["late", "2026-11-27"],
      ["missed", "2026-11-27"],
    ]);
  });

  it("never claims two facts for the same channel and local day", async () => {
    const store = await open();
    await store.saveSubscription(
      aSubscription("C1", { nextPostAt: new Date("2026-11-27T08:00:00Z") }),
    );
    await claim(store, "2026-11-27T08:00:00Z");
    // A subscription edited to an earlier time the same day is due again, but today is taken.
    const edited = await store.getSubscription("slack:T1:C1");
    if (!edited) throw new Error("subscription missing");
    await store.saveSubscription({
      ...edited,
      time: "10:00",
      nextPostAt: new Date("2026-11-27T09:00:00Z"),
    });
    expect((await claim(store, "2026-11-27T09:30:00Z")).deliveries).toEqual([]);
    expect(await store.listDeliveries("slack:T1:C1", 10)).toHaveLength(1);
  });

  it("lets a restarted process send a claim that was never attempted, and only once", async () => {
    const path = tempFile();
    const before = await open(path);
    await before.saveSubscription(
      aSubscription("C1", { nextPostAt: new Date("2026-11-27T08:00:00Z") }),
    );
    const [claimed] = (await claim(before, "2026-11-27T08:00:00Z")).deliveries;
    await before.close();

    const after = await open(path);
    const now = new Date("2026-11-27T08:10:00Z");
    // Its owner still beats: nobody takes the claim before the lease is over.
    expect(await after.reclaimStale(takeover("2026-11-27T07:59:00Z"), now, ["slack"], 10)).toEqual(
      [],
    );
    const [taken] = await after.reclaimStale(takeover("2026-11-27T08:05:00Z"), now, ["slack"], 10);
    expect(taken?.delivery.owner).toBe(OTHER.id);
    expect(taken?.delivery.id).toBe(claimed?.delivery.id);
    expect(
      await after.startSending(taken?.delivery.id ?? "", claimed?.delivery.claimToken ?? "", now),
    ).toBe(false);
    expect(
      await after.startSending(taken?.delivery.id ?? "", taken?.delivery.claimToken ?? "", now),
    ).toBe(true);
    expect(await after.reclaimStale(takeover("2026-11-27T09:00:00Z"), now, ["slack"], 10)).toEqual(
      [],
    );
  });

  it("takes over at once the claims of an owner known to be gone, and only those", async () => {
    const store = await open();
    for (const channel of ["C1", "C2"])
      await store.saveSubscription(
        aSubscription(channel, { nextPostAt: new Date("2026-11-27T08:00:00Z") }),
      );
    const [first, second] = (await claim(store, "2026-11-27T08:00:00Z")).deliveries;
    const at = new Date("2026-11-27T08:00:20Z");
    await store.startSending(first?.delivery.id ?? "", first?.delivery.claimToken ?? "", at);
    // OWNER is gone (not live), 20 s after its claim: well within the lease.
    const taken = await store.reclaimStale(
      takeover("2026-11-27T07:55:00Z", [OTHER.id]),
      at,
      ["slack"],
      10,
    );
    expect(taken.map((t) => t.delivery.id)).toEqual([second?.delivery.id]);
    const states = new Map<string, string>();
    for (const channel of ["C1", "C2"])
      states.set(channel, (await store.listDeliveries(`slack:T1:${channel}`, 1))[0]?.state ?? "");
    // The send that had started may have posted: closed unknown, never handed out again.
    expect(Object.fromEntries(states)).toEqual({ C1: "unknown", C2: "claimed" });
  });

  it("counts a fact as used only once it is posted", async () => {
    const store = await open();
    await store.saveSubscription(
      aSubscription("C1", { nextPostAt: new Date("2026-11-27T08:00:00Z") }),
    );
    const [day1] = (await claim(store, "2026-11-27T08:00:00Z")).deliveries;
    await store.finishDelivery(
      day1?.delivery.id ?? "",
      { state: "failed", error: "channel_not_found" },
      new Date("2026-11-27T08:00:01Z"),
    );
    expect((await store.getSubscription("slack:T1:C1"))?.position).toBe(0);
    // The failed fact comes back the next day; once sent, the rotation moves on.
    const [day2] = (await claim(store, "2026-11-28T08:00:00Z")).deliveries;
    expect(day2?.delivery.factId).toBe(day1?.delivery.factId);
    await store.finishDelivery(
      day2?.delivery.id ?? "",
      { state: "sent", messageId: "m1" },
      new Date("2026-11-28T08:00:01Z"),
    );
    expect((await store.getSubscription("slack:T1:C1"))?.position).toBe(1);
    const [day3] = (await claim(store, "2026-11-29T08:00:00Z")).deliveries;
    expect(day3?.delivery.factId).not.toBe(day2?.delivery.factId);
  });

  it("keeps each owner's heartbeat, and forgets removed owners", async () => {
    const store = await open();
    await store.beat(OWNER, new Date("2026-11-27T08:00:00Z"));
    await store.beat(OWNER, new Date("2026-11-27T08:00:20Z"));
    await store.beat(OTHER, new Date("2026-11-27T08:00:10Z"));
    expect(
      (await store.listOwners()).map((o) => [o.id, o.host, o.pid, o.beatAt.toISOString()]).sort(),
    ).toEqual([
      ["owner-a", "host-a", 101, "2026-11-27T08:00:20.000Z"],
      ["owner-b", "host-b", 202, "2026-11-27T08:00:10.000Z"],
    ]);
    await store.removeOwners([OWNER.id]);
    expect((await store.listOwners()).map((o) => o.id)).toEqual([OTHER.id]);
  });

  it("proves it can write", async () => {
    const store = await open();
    await expect(store.checkWritable(new Date("2026-11-27T08:00:00Z"))).resolves.toBeUndefined();
  });

  it("never hands out again a delivery whose send had started (outcome unknown)", async () => {
    const path = tempFile();
    const before = await open(path);
    await before.saveSubscription(
      aSubscription("C1", { nextPostAt: new Date("2026-11-27T08:00:00Z") }),
    );
    const [claimed] = (await claim(before, "2026-11-27T08:00:00Z")).deliveries;
    await before.startSending(
      claimed?.delivery.id ?? "",
      claimed?.delivery.claimToken ?? "",
      new Date("2026-11-27T08:00:01Z"),
    );
    await before.close();

    const after = await open(path);
    expect(
      await after.reclaimStale(
        takeover("2026-11-28T00:00:00Z", [OTHER.id]),
        new Date("2026-11-28T00:00:00Z"),
        ["slack"],
        10,
      ),
    ).toEqual([]);
    expect((await claim(after, "2026-11-27T12:00:00Z")).deliveries).toEqual([]);
    expect((await after.listDeliveries("slack:T1:C1", 5)).map((d) => d.state)).toEqual(["unknown"]);
  });

  it("skips weekends for weekday subscriptions", async () => {
    const store = await open();
    await store.saveSubscription(
      aSubscription("C1", { days: "weekdays", nextPostAt: new Date("2026-11-28T08:00:00Z") }),
    );
    expect((await claim(store, "2026-11-28T08:00:00Z")).deliveries).toEqual([]);
    expect((await store.getSubscription("slack:T1:C1"))?.nextPostAt?.toISOString()).toBe(
      "2026-11-30T08:00:00.000Z",
    );
  });

  it("claims 1,000 due subscriptions in batches, each once", async () => {
    const store = await open();
    for (let i = 0; i < 1000; i++)
      await store.saveSubscription(
        aSubscription(`C${i}`, { nextPostAt: new Date("2026-11-27T08:00:00Z") }),
      );
    const ids = new Set<string>();
    const examinedPerClaim: number[] = [];
    for (;;) {
      const { deliveries, examined } = await claim(store, "2026-11-27T08:01:00Z", 300);
      for (const d of deliveries) ids.add(d.subscription.id);
      examinedPerClaim.push(examined);
      if (examined < 300) break;
    }
    expect(ids.size).toBe(1000);
    // As many as asked while enough are due, whatever size of transaction the store claims in.
    expect(examinedPerClaim).toEqual([300, 300, 300, 100]);
  });

  it("hands each due subscription to exactly one of three concurrent claimers", async () => {
    const location = tempFile();
    const stores = [await open(location), await open(location), await open(location)];
    const [first] = stores;
    if (!first) throw new Error("no store");
    for (let i = 0; i < 300; i++)
      await first.saveSubscription(
        aSubscription(`C${i}`, { nextPostAt: new Date("2026-11-27T08:00:00Z") }),
      );
    const claimedBy = await Promise.all(
      stores.map(async (store) => {
        const ids: string[] = [];
        for (;;) {
          const { deliveries, examined } = await claim(store, "2026-11-27T08:01:00Z", 25);
          ids.push(...deliveries.map((d) => d.subscription.id));
          if (examined === 0) return ids;
        }
      }),
    );
    const all = claimedBy.flat();
    expect(all).toHaveLength(300);
    expect(new Set(all).size).toBe(300);
  });

  it("keeps installations as JSON, replaces them, and deletes them", async () => {
    const store = await open();
    const now = new Date("2026-11-27T08:00:00Z");
    await store.saveInstallation(
      "slack",
      "T1",
      { team: { id: "T1" }, bot: { token: "xoxb-1" } },
      now,
    );
    await store.saveInstallation(
      "slack",
      "T1",
      { team: { id: "T1" }, bot: { token: "xoxb-2" } },
      now,
    );
    expect(await store.getInstallation("slack", "T1")).toEqual({
      team: { id: "T1" },
      bot: { token: "xoxb-2" },
    });
    expect(await store.getInstallation("slack", "T2")).toBeUndefined();
    expect(await store.deleteInstallation("slack", "T1")).toBe(1);
    expect(await store.getInstallation("slack", "T1")).toBeUndefined();
  });

  it("lists one platform's installation keys, sorted", async () => {
    const store = await open();
    const now = new Date("2026-11-27T08:00:00Z");
    for (const key of ["T2", "E1", "T1"]) await store.saveInstallation("slack", key, {}, now);
    await store.saveInstallation("discord", "G1", {}, now);
    expect(await store.listInstallationKeys("slack")).toEqual(["E1", "T1", "T2"]);
    expect(await store.listInstallationKeys("discord")).toEqual(["G1"]);
  });

  it("keeps sealed installations unreadable, and re-encrypts old and plaintext rows under the first key", async () => {
    const store = await open();
    const now = new Date("2026-11-27T08:00:00Z");
    const install = (token: string) => ({ team: { id: "T" }, bot: { token } });
    await sealInstallations(store, OLD_RING).saveInstallation(
      "slack",
      "T1",
      install("xoxb-1"),
      now,
    );
    await store.saveInstallation("slack", "T2", install("xoxb-2"), now);
    expect(JSON.stringify(await store.getInstallation("slack", "T1"))).not.toContain("xoxb-");

    const report = await rotateInstallations(store, NEW_RING, "slack", now);
    expect(report).toEqual({ reencrypted: 2, plaintext: 1, olderKey: 1 });
    const onlyNew = sealInstallations(store, ringOf(NEW_KEY));
    expect(await onlyNew.getInstallation("slack", "T1")).toEqual(install("xoxb-1"));
    expect(await onlyNew.getInstallation("slack", "T2")).toEqual(install("xoxb-2"));
    for (const key of ["T1", "T2"]) {
      expect(JSON.stringify(await store.getInstallation("slack", key))).not.toContain("xoxb-");
    }
  });

  it("stops a rotation at a row no key opens, naming the installation and rewriting nothing", async () => {
    const store = await open();
    const now = new Date("2026-11-27T08:00:00Z");
    await sealInstallations(store, OLD_RING).saveInstallation("slack", "T1", { bot: {} }, now);
    await store.saveInstallation("slack", "T2", { bot: { token: "xoxb-2" } }, now);
    const error = await rotateInstallations(store, ringOf(NEW_KEY), "slack", now).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "secret_key_unknown" });
    expect((error as Error).message).toContain("slack installation T1");
    expect(await store.getInstallation("slack", "T2")).toEqual({ bot: { token: "xoxb-2" } });
  });

  it("remembers a delivery once across replicas, and forgets it when it expires", async () => {
    const location = tempFile();
    const replicas = [await open(location), await open(location), await open(location)];
    const now = new Date("2026-11-27T08:00:00Z");
    const later = new Date("2026-11-27T09:00:00Z");
    const firsts = await Promise.all(
      replicas.map((r) => r.rememberSeenEvent("command:123.456", now, later)),
    );
    expect(firsts.filter(Boolean)).toHaveLength(1);
    expect(
      await replicas[0]?.rememberSeenEvent(
        "command:123.456",
        new Date("2026-11-27T08:30:00Z"),
        later,
      ),
    ).toBe(false);
    expect(
      await replicas[1]?.rememberSeenEvent(
        "command:123.456",
        new Date("2026-11-27T09:00:01Z"),
        new Date("2026-11-27T10:00:00Z"),
      ),
    ).toBe(true);
  });

  it("ignores paused and inactive subscriptions, and deletes a workspace's", async () => {
    const store = await open();
    const due = new Date("2026-11-27T08:00:00Z");
    await store.saveSubscription(
      aSubscription("paused", { nextPostAt: due, pausedReason: "not_in_channel" }),
    );
    await store.saveSubscription(aSubscription("off", { nextPostAt: due, active: false }));
    await store.saveSubscription(aSubscription("other", { nextPostAt: due, workspaceId: "T2" }));
    const { deliveries } = await claim(store, "2026-11-27T08:00:00Z");
    expect(deliveries.map((d) => d.subscription.channelId)).toEqual(["other"]);
    expect(await store.deleteWorkspace("slack", "T1")).toBe(2);
    expect((await store.listSubscriptions()).map((s) => s.channelId)).toEqual(["other"]);
  });
});

describe("SQLite claims", () => {
  it("answers other work between its transactions when claiming more than one holds", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ct-store-"));
    dirs.push(dir);
    const store = createSqliteStore(join(dir, SQLITE_FILE));
    stores.push(store);
    await store.migrate();
    for (let i = 0; i < SQLITE_CLAIM_CHUNK * 3; i++)
      await store.saveSubscription(
        aSubscription(`C${i}`, { nextPostAt: new Date("2026-11-27T08:00:00Z") }),
      );
    // A turn of the event loop asked for just before the claim: it comes before the claim
    // ends only if the claim lets the loop run between its transactions.
    let turned = false;
    setImmediate(() => {
      turned = true;
    });
    const { deliveries, examined } = await claim(store, "2026-11-27T08:01:00Z", 1000);
    expect(turned).toBe(true);
    expect(examined).toBe(SQLITE_CLAIM_CHUNK * 3);
    expect(new Set(deliveries.map((d) => d.subscription.id)).size).toBe(SQLITE_CLAIM_CHUNK * 3);
  });
});
