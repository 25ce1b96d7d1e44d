/**
 * What a person sees after a crash and after turning posts on late in the day, on both real
 * stores: a claim never started is posted after a restart (at once when its owner is gone),
 * a send cut off by the crash is reported as unknown in `daily status` with its time and
 * reason, a fact counts as used only once posted, and the next-post time promised by the
 * confirmation card and status is the one the scheduler keeps.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { decideDue } from "../../src/daily/scheduler.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import {
  dropSchema,
  freshSchema,
  postgresStore,
  postgresUnavailable,
} from "../helpers/postgres.js";
import { aSubscription } from "../helpers/subscriptions.js";
import { content, dailyRig } from "./daily-rig.js";

const pgMissing = await postgresUnavailable();
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const BACKENDS: Array<{ name: string; open(): Promise<Store> }> = [
  {
    name: "sqlite",
    async open() {
      const dir = mkdtempSync(join(tmpdir(), "ct-crash-"));
      const store = createSqliteStore(join(dir, "ct.sqlite"));
      await store.migrate();
      cleanups.push(async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      });
      return store;
    },
  },
  ...(pgMissing
    ? []
    : [
        {
          name: "postgres",
          async open() {
            const schema = freshSchema();
            const store = await postgresStore(schema);
            cleanups.push(async () => {
              await store.close();
              await dropSchema(schema);
            });
            return store;
          },
        },
      ]),
];

/** Tuesday 3 March 2026, 09:00 in Paris. */
const NINE = "2026-03-03T08:00:00Z";
const facts = content.facts.length;

describe.each(BACKENDS)("daily posts after a crash ($name)", (backend) => {
  it("posts the channel whose claim never started, and reports the cut-off send as unknown", async () => {
    const store = await backend.open();
    for (const channel of ["C1", "C2"])
      await store.saveSubscription(aSubscription(channel, { nextPostAt: new Date(NINE) }));
    // The first process claims both, starts sending C1's post, and is SIGKILLed.
    const dead = { id: "dead", host: hostname(), pid: spawnSync("true").pid ?? 0 };
    await store.beat(dead, new Date(NINE));
    const { deliveries } = await store.claimDue(
      new Date(NINE),
      ["slack"],
      10,
      dead,
      decideDue(content, new Date(NINE)),
    );
    const c1 = deliveries.find((d) => d.subscription.channelId === "C1");
    await store.startSending(c1?.delivery.id ?? "", c1?.delivery.claimToken ?? "", new Date(NINE));

    // Restarted a minute later on the same data.
    const rig = dailyRig(store, "2026-03-03T08:01:00Z");
    expect(await rig.scheduler().tick()).toMatchObject({ claimed: 1, sent: 1 });
    expect(rig.posts.map((p) => p.channel)).toEqual(["C2"]);

    const c2 = await rig.daily("C2", { action: "status" });
    expect(c2).toContain(`${facts - 1} of ${facts}`);
    expect(c2).toContain("Wed 4 Mar 2026, 09:00");
    expect(c2).not.toContain("Last problem");

    const c1Status = await rig.daily("C1", { action: "status" });
    expect(c1Status).toContain(`${facts} of ${facts}`);
    expect(c1Status).toContain("Last problem");
    expect(c1Status).toContain("Tue 3 Mar 2026, 09:01 (Europe/Paris): outcome unknown");
    expect(c1Status).toContain("the sending process stopped mid-send");
    // Never sent twice: later ticks leave C1's unknown post alone.
    expect(await rig.scheduler().tick()).toMatchObject({ claimed: 0 });
  });

  it("shows a failed post in status with its time and reason, and does not count its fact", async () => {
    const store = await backend.open();
    await store.saveSubscription(aSubscription("C1", { nextPostAt: new Date(NINE) }));
    const rig = dailyRig(store, NINE);
    const scheduler = rig.scheduler();
    const { deliveries } = await store.claimDue(
      new Date(NINE),
      ["slack"],
      10,
      { id: "x", host: "h", pid: 1 },
      decideDue(content, new Date(NINE)),
    );
    await store.finishDelivery(
      deliveries[0]?.delivery.id ?? "",
      { state: "failed", error: "channel_not_found" },
      new Date(NINE),
    );
    await scheduler.tick();
    const status = await rig.daily("C1", { action: "status" });
    expect(status).toContain(`${facts} of ${facts}`);
    expect(status).toContain("Tue 3 Mar 2026, 09:00 (Europe/Paris): failed (channel_not_found)");
  });
});

describe.each(BACKENDS)("the next post promised is the one that comes ($name)", (backend) => {
  it("after today's post, daily on for a later minute promises tomorrow, and keeps it", async () => {
    const store = await backend.open();
    const rig = dailyRig(store, "2026-03-03T07:30:00Z");
    await rig.daily("C1", { action: "on", time: "09:00" });
    rig.clock.set(NINE);
    expect(await rig.scheduler().tick()).toMatchObject({ sent: 1 });

    rig.clock.set("2026-03-03T08:30:00Z");
    const on = await rig.daily("C1", { action: "on", time: "09:57" });
    expect(on).toContain("Next post: Wed 4 Mar 2026, 09:57");
    expect(JSON.stringify(rig.cards.at(-1))).toContain("First post: Wed 4 Mar 2026, 09:57");
    expect(await rig.daily("C1", { action: "status" })).toContain("Wed 4 Mar 2026, 09:57");

    rig.clock.set("2026-03-03T08:57:00Z");
    expect(await rig.scheduler().tick()).toMatchObject({ claimed: 0 });
    rig.clock.set("2026-03-04T08:57:00Z");
    expect(await rig.scheduler().tick()).toMatchObject({ sent: 1 });
    expect(rig.posts).toHaveLength(2);
  });

  it("after a failed or unknown post today, promises the next posting day, skipping weekends", async () => {
    const store = await backend.open();
    // Friday 6 March 2026, 09:00 in Paris: today's post failed.
    const friday = "2026-03-06T08:00:00Z";
    await store.saveSubscription(
      aSubscription("C1", { days: "weekdays", nextPostAt: new Date(friday) }),
    );
    const { deliveries } = await store.claimDue(
      new Date(friday),
      ["slack"],
      10,
      { id: "x", host: "h", pid: 1 },
      decideDue(content, new Date(friday)),
    );
    await store.finishDelivery(
      deliveries[0]?.delivery.id ?? "",
      { state: "unknown", error: "timeout" },
      new Date(friday),
    );
    const rig = dailyRig(store, "2026-03-06T09:00:00Z");
    const on = await rig.daily("C1", { action: "on", time: "11:00" });
    expect(on).toContain("Next post: Mon 9 Mar 2026, 11:00");
  });

  it("promises today when today's slot is still ahead and nothing went out yet", async () => {
    const store = await backend.open();
    const rig = dailyRig(store, "2026-03-03T07:30:00Z");
    expect(await rig.daily("C1", { action: "on", time: "09:57" })).toContain(
      "Next post: Tue 3 Mar 2026, 09:57",
    );
  });
});
