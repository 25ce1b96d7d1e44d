/**
 * Exactly once across restarts: a process that claimed a post and died before sending it,
 * and a scheduler process killed (SIGKILL) in the middle of its fan-out. Real SQLite files,
 * real poster, fake Slack. A claim of a process known to be gone is taken over at once (the
 * restart is a minute later, well within the lease); a claim of an owner still alive elsewhere
 * only once the lease is over.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DeliveryState } from "../../../src/daily/daily-store.js";
import { decideDue, STALE_CLAIM_MS } from "../../../src/daily/scheduler.js";
import { createManualClock } from "../../../src/runtime/clock.js";
import type { Store } from "../../../src/store/store.js";
import { FAKE_BOT, type FakeSlack, startFakeSlack } from "../../fakes/slack/fake-slack.js";
import { aSubscription } from "../../helpers/subscriptions.js";
import { openStore, posterFor, schedulerFor } from "./daily-setup.js";
import { testContent } from "./slack-harness.js";

/** Tuesday 3 March 2026, 09:00 in Paris. */
const POST_AT = Date.parse("2026-03-03T08:00:00Z");
const WORKER = fileURLToPath(new URL("./daily-worker.ts", import.meta.url));
/** Children start tsx and load the content: give them time, the test waits on events. */
const CHILD_WAIT_MS = 25_000;

/** Saves `count` due subscriptions in the fake workspace; returns their channel ids. */
async function dueSubscriptions(store: Store, count: number): Promise<string[]> {
  const channels = Array.from({ length: count }, (_, i) => `C${String(i).padStart(4, "0")}`);
  for (const channel of channels) {
    await store.saveSubscription(
      aSubscription(channel, { workspaceId: FAKE_BOT.teamId, nextPostAt: new Date(POST_AT) }),
    );
  }
  return channels;
}

/** Each channel's delivery state for today. */
async function statesOf(store: Store, channels: readonly string[]) {
  const states = new Map<string, DeliveryState | undefined>();
  for (const channel of channels) {
    const [delivery] = await store.listDeliveries(`slack:${FAKE_BOT.teamId}:${channel}`, 1);
    states.set(channel, delivery?.state);
  }
  return states;
}

/** Starts the worker script at clock `at`. */
function worker(fake: FakeSlack, file: string, at: number): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", WORKER], {
    env: {
      ...process.env,
      SLACK_API_URL: fake.apiUrl,
      DB_FILE: file,
      CLOCK_AT: new Date(at).toISOString(),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
}

/** The worker's exit code and last stdout line. */
function finished(child: ChildProcess): Promise<{ code: number | null; last: string }> {
  let out = "";
  child.stdout?.on("data", (chunk) => {
    out += String(chunk);
  });
  return new Promise((resolve) =>
    child.on("exit", (code) => resolve({ code, last: out.trim().split("\n").at(-1) ?? "" })),
  );
}

describe("daily posts across restarts", () => {
  let fake: FakeSlack;
  let dir: string;
  beforeEach(async () => {
    fake = await startFakeSlack();
    dir = mkdtempSync(join(tmpdir(), "ct-bot-daily-"));
  });
  afterEach(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("posts at once after a restart between claim and send: the claim's owner is gone", async () => {
    const file = join(dir, "daily.sqlite");
    const dying = await openStore(file);
    const [channel = ""] = await dueSubscriptions(dying, 1);
    const now = new Date(POST_AT);
    // An owner on this host whose process has exited.
    const gone = { id: "gone", host: hostname(), pid: spawnSync("true").pid ?? 0 };
    await dying.beat(gone, now);
    const { deliveries } = await dying.claimDue(
      now,
      ["slack"],
      10,
      gone,
      decideDue(testContent(), now),
    );
    expect(deliveries).toHaveLength(1);
    await dying.close(); // the process dies before sending

    const store = await openStore(file);
    const clock = createManualClock(new Date(POST_AT + 60_000));
    const { scheduler } = schedulerFor(store, clock, [posterFor(fake.apiUrl)]);
    expect(await scheduler.tick()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await scheduler.tick()).toMatchObject({ claimed: 0 });
    expect(fake.postsIn(channel)).toHaveLength(1);
    await store.close();
  });

  it("leaves a claim to its owner while it is alive elsewhere, then takes it over after the lease", async () => {
    const file = join(dir, "daily.sqlite");
    const other = await openStore(file);
    const [channel = ""] = await dueSubscriptions(other, 1);
    const now = new Date(POST_AT);
    const elsewhere = { id: "elsewhere", host: "another-host", pid: 1 };
    await other.beat(elsewhere, now);
    const { deliveries } = await other.claimDue(
      now,
      ["slack"],
      10,
      elsewhere,
      decideDue(testContent(), now),
    );
    expect(deliveries).toHaveLength(1);
    await other.close();

    const store = await openStore(file);
    const clock = createManualClock(new Date(POST_AT + 60_000));
    const { scheduler } = schedulerFor(store, clock, [posterFor(fake.apiUrl)]);
    // The claim is fresh and its owner beats: it may be sending it, so nobody else does.
    expect((await scheduler.tick()).claimed).toBe(0);
    expect(fake.posts.all).toEqual([]);

    clock.set(new Date(POST_AT + STALE_CLAIM_MS + 1_000));
    expect(await scheduler.tick()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await scheduler.tick()).toMatchObject({ claimed: 0 });
    expect(fake.postsIn(channel)).toHaveLength(1);
    const [delivery] = await store.listDeliveries(`slack:${FAKE_BOT.teamId}:${channel}`, 1);
    expect(delivery).toMatchObject({ state: "sent", factId: deliveries[0]?.delivery.factId });
    await store.close();
  });

  it(
    "after a kill mid-fan-out, posts every channel whose send had not started, and none twice",
    async () => {
      const file = join(dir, "daily.sqlite");
      const setup = await openStore(file);
      const channels = await dueSubscriptions(setup, 40);
      await setup.close();

      // Slack answers slowly: sends pile up in flight, and the kill lands among them.
      fake.faults.add({ fault: { kind: "slow", delayMs: 5_000 } });
      const first = worker(fake, file, POST_AT + 30_000);
      const firstDone = finished(first);
      await fake.posts.waitFor(() => fake.posts.all.length >= 3, CHILD_WAIT_MS);
      first.kill("SIGKILL");
      expect((await firstDone).code).toBeNull();

      const atKill = await openStore(file);
      const before = await statesOf(atKill, channels);
      await atKill.close();
      const notStarted = channels.filter((c) => before.get(c) === "claimed");
      const inFlight = channels.filter((c) => before.get(c) === "sending");
      expect(notStarted.length).toBeGreaterThan(0);
      expect(inFlight.length).toBeGreaterThan(0);
      expect(notStarted.length + inFlight.length).toBe(channels.length);

      fake.faults.clear();
      // A minute later, within the lease: the killed process is gone, so no need to wait.
      const second = worker(fake, file, POST_AT + 90_000);
      const { code, last } = await finished(second);
      expect(code).toBe(0);
      expect(JSON.parse(last)).toMatchObject({
        claimed: notStarted.length,
        sent: notStarted.length,
      });

      for (const channel of channels) expect(fake.postsIn(channel).length).toBeLessThanOrEqual(1);
      for (const channel of notStarted) expect(fake.postsIn(channel)).toHaveLength(1);
      const after = await openStore(file);
      const states = await statesOf(after, channels);
      await after.close();
      // Sends cut off by the kill are closed as unknown, never re-sent: skipping beats posting twice.
      for (const channel of inFlight) expect(states.get(channel)).toBe("unknown");
      for (const channel of notStarted) expect(states.get(channel)).toBe("sent");
    },
    CHILD_WAIT_MS * 3,
  );
});
