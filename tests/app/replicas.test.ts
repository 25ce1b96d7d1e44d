/**
 * Many replicas, one database: three scheduler processes on one PostgreSQL database post each
 * due fact exactly once, also when one of them is killed in the middle of its tick.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/content/content-dir.js";
import { SEND_CONCURRENCY } from "../../src/daily/scheduler.js";
import type { Store } from "../../src/store/store.js";
import { type FakeSlack, startFakeSlack } from "../fakes/slack/fake-slack.js";
import {
  dropSchema,
  freshSchema,
  postgresStore,
  postgresUnavailable,
  TEST_DATABASE_URL,
} from "../helpers/postgres.js";
import { aSubscription } from "../helpers/subscriptions.js";

const pgMissing = await postgresUnavailable();
if (pgMissing) console.warn(`skipping the multi-replica tests: ${pgMissing}`);

const DUE = "2026-11-27T08:00:00Z";
const TICK_AT = "2026-11-27T08:00:30Z";
const SUBSCRIPTIONS = 500;
const channels = Array.from({ length: SUBSCRIPTIONS }, (_, i) => `C${String(i).padStart(4, "0")}`);

let fake: FakeSlack | undefined;
let store: Store | undefined;
let schema = "";
const children: ChildProcess[] = [];

async function seed(): Promise<void> {
  schema = freshSchema();
  store = await postgresStore(schema);
  for (const channel of channels)
    await store.saveSubscription(aSubscription(channel, { nextPostAt: new Date(DUE) }));
  fake = await startFakeSlack();
}

/** Starts one replica process ticking at `at`, posting as `token`. */
function replica(
  token: string,
  at = TICK_AT,
): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(packageRoot(), "tests/app/replica-worker.ts")],
    {
      env: {
        PATH: process.env.PATH ?? "",
        SLACK_API_URL: fake?.apiUrl ?? "",
        DATABASE_URL: TEST_DATABASE_URL,
        SCHEMA: schema,
        CLOCK_AT: at,
        BOT_TOKEN: token,
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  children.push(child);
  return { child, done: new Promise((resolve) => child.on("exit", (code) => resolve(code))) };
}

function postsPerChannel(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of fake?.posts.all ?? [])
    counts.set(post.channel, (counts.get(post.channel) ?? 0) + 1);
  return counts;
}

/** How many deliveries are in each state. */
async function deliveryStates(): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT state, count(*)::int AS n FROM ${schema}.deliveries GROUP BY state`,
    );
    return Object.fromEntries(rows.map((r: { state: string; n: number }) => [r.state, r.n]));
  } finally {
    await client.end();
  }
}

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

afterEach(async () => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  await fake?.close();
  await store?.close();
  if (schema) await dropSchema(schema);
});

describe.skipIf(pgMissing !== undefined)(
  "three scheduler replicas on one PostgreSQL database",
  () => {
    it("post 500 due facts once each in one tick: no duplicate, none missing", {
      timeout: 90_000,
    }, async () => {
      await seed();
      const runs = ["xoxb-replica-a", "xoxb-replica-b", "xoxb-replica-c"].map((token) =>
        replica(token),
      );
      expect(await Promise.all(runs.map((r) => r.done))).toEqual([0, 0, 0]);

      const counts = postsPerChannel();
      expect(counts.size).toBe(SUBSCRIPTIONS);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      expect(fake?.callsOf("chat.postMessage").length).toBe(SUBSCRIPTIONS);
      expect(await deliveryStates()).toEqual({ sent: SUBSCRIPTIONS });
    });

    it("post each fact once when a replica is killed mid-tick, the rest after its claims go stale", {
      timeout: 120_000,
    }, async () => {
      await seed();
      fake?.faults.add({ fault: { kind: "held" } });
      // The victim starts alone: started together, the other two could claim all 500 before it
      // runs, and it would have nothing in flight to be killed with.
      const victim = replica("xoxb-replica-killed");
      // Kill the victim when every one of its senders waits on an answer: each post it started
      // has reached Slack, and nothing is half-sent inside the process.
      await until(
        () => fake?.heldCount("xoxb-replica-killed") === SEND_CONCURRENCY,
        "the victim's sends to be in flight",
        // Starting a process with tsx takes a while on a loaded machine.
        90_000,
      );
      const survivors = ["xoxb-replica-b", "xoxb-replica-c"].map((token) => {
        const run = replica(token);
        let exited = false;
        void run.done.then(() => {
          exited = true;
        });
        return {
          ...run,
          token,
          hasPassedReclaim: () => exited || (fake?.heldCount(token) ?? 0) > 0,
        };
      });
      // Each survivor looks for stale claims before it claims due ones. It must do so while the
      // victim lives, so that the victim's claims are left for the later replica below.
      await until(
        () => survivors.every((s) => s.hasPassedReclaim()),
        "the survivors to start sending",
        90_000,
      );
      victim.child.kill("SIGKILL");
      await victim.done;
      fake?.faults.clear();
      fake?.releaseHeld();
      expect(await Promise.all(survivors.map((r) => r.done))).toEqual([0, 0]);

      // The victim's claims it never started stay claimed; a replica takes them over once stale.
      const before = postsPerChannel();
      expect(before.size).toBeLessThan(SUBSCRIPTIONS);
      const later = replica("xoxb-replica-d", "2026-11-27T08:06:31Z");
      expect(await later.done).toBe(0);

      const counts = postsPerChannel();
      expect(counts.size).toBe(SUBSCRIPTIONS);
      expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
      // The victim's in-flight sends reached Slack but their outcome was never recorded: closed
      // as unknown, never re-sent.
      expect(await deliveryStates()).toEqual({
        sent: SUBSCRIPTIONS - SEND_CONCURRENCY,
        unknown: SEND_CONCURRENCY,
      });
    });
  },
);
