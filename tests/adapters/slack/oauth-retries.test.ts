/**
 * Slack retries across replicas: a retry that a load balancer sends to another replica is
 * recognised through the shared store (Store.rememberSeenEvent) and answered once, in OAuth
 * mode on SQLite and on PostgreSQL (separate connection pools on one schema), and in the
 * single-workspace modes whenever a store is given.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createManualClock } from "../../../src/runtime/clock.js";
import { createStoreSeenEvents } from "../../../src/runtime/seen-events.js";
import type { Store } from "../../../src/store/store.js";
import { FAKE_TEAMS } from "../../fakes/slack/fake-app.js";
import {
  dropSchema,
  freshSchema,
  postgresStore,
  postgresUnavailable,
} from "../../helpers/postgres.js";
import { MONDAY_MORNING, openStore } from "./daily-setup.js";
import { type OAuthRig, startOAuthRig } from "./oauth-rig.js";
import { type SlackHarness, startHarness, type Transport } from "./slack-harness.js";

const pgMissing = await postgresUnavailable();
if (pgMissing) console.warn(`skipping the PostgreSQL Slack retry tests: ${pgMissing}`);
const schemas: string[] = [];
afterAll(async () => {
  await Promise.all(schemas.map(dropSchema));
});

/** Two replicas' stores on one database. */
const BACKENDS: Array<{ name: string; skip: boolean; open(): Promise<Store[]> }> = [
  {
    name: "sqlite",
    skip: false,
    async open() {
      const store = await openStore();
      return [store, store];
    },
  },
  {
    name: "postgres",
    skip: pgMissing !== undefined,
    async open() {
      const schema = freshSchema();
      schemas.push(schema);
      return [await postgresStore(schema), await postgresStore(schema)];
    },
  },
];

describe.each(BACKENDS)("Slack OAuth retries on $name", ({ skip, open }) => {
  let rig: OAuthRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  it.skipIf(skip)(
    "answers a slash command once when Slack's retry reaches the other replica, even at the same moment",
    async () => {
      const r = await startOAuthRig(await open());
      rig = r;
      await r.install(FAKE_TEAMS.home.id, 0, 1);
      const first = await r.command(0, "principles");
      const retries = await Promise.all([
        r.command(1, "", {}, { retryOf: first.payload, retryNum: 1 }),
        r.command(0, "", {}, { retryOf: first.payload, retryNum: 2 }),
        r.command(1, "", {}, { retryOf: first.payload, retryNum: 3 }),
      ]);
      expect([first, ...retries].map((d) => d.status)).toEqual([200, 200, 200, 200]);
      await Promise.all(r.replicas.map((replica) => replica.runtime.stop()));
      expect(r.fake.responses.all.filter((p) => p.id === first.id)).toHaveLength(1);
      expect(r.logText()).toContain("ignored a repeated Slack delivery");
    },
  );

  it.skipIf(skip)(
    "answers two different commands from the same workspace, on either replica",
    async () => {
      const r = await startOAuthRig(await open());
      rig = r;
      await r.install(FAKE_TEAMS.home.id);
      const answers = await Promise.all([r.ask(0, {}, "principles"), r.ask(1, {}, "principles")]);
      expect(answers[0]).toBe(answers[1]);
    },
  );
});

describe.each<Transport>(["http", "socket"])(
  "Slack single workspace over %s with a store",
  (transport) => {
    const harnesses: SlackHarness[] = [];
    afterEach(async () => {
      await Promise.all(harnesses.splice(0).map((h) => h.close()));
    });

    it("answers a slash command once when the retry reaches another replica", async () => {
      const store = await openStore();
      const clock = createManualClock(MONDAY_MORNING);
      for (let i = 0; i < 2; i++)
        harnesses.push(await startHarness(transport, { daily: { store, clock } }));
      const [a, b] = harnesses as [SlackHarness, SlackHarness];
      const first = await a.command("principles");
      await b.command("", { retryOf: first.payload, retryNum: 1 });
      await Promise.all([a.runtime.stop(), b.runtime.stop()]);
      // The answer goes to the response_url in the payload: the first harness's fake.
      expect(a.fake.responses.all.filter((p) => p.id === first.id)).toHaveLength(1);
      await store.close();
    });
  },
);

describe("createStoreSeenEvents", () => {
  it("reports a key as seen from its second delivery on, until its retention passes", async () => {
    const store = await openStore();
    let now = Date.parse(MONDAY_MORNING);
    const dedupe = createStoreSeenEvents(store, { prefix: "slack:", ttlMs: 1000, now: () => now });
    expect(await dedupe.seen("command:1")).toBe(false);
    expect(await dedupe.seen("command:1")).toBe(true);
    expect(await dedupe.seen("command:2")).toBe(false);
    now += 1001;
    expect(await dedupe.seen("command:1")).toBe(false);
    await store.close();
  });

  it("keeps Slack's keys apart from other platforms' delivery ids in the shared table", async () => {
    const store = await openStore();
    const dedupe = createStoreSeenEvents(store, { prefix: "slack:" });
    await dedupe.seen("event:Ev1");
    const at = new Date();
    expect(await store.rememberSeenEvent("event:Ev1", at, new Date(at.getTime() + 1000))).toBe(
      true,
    );
    await store.close();
  });
});
