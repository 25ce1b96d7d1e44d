/**
 * Sending one day's post, the platform-neutral rules: a 429 is waited out for as long as the
 * platform says, a transient failure is retried with backoff, an outcome that may have posted
 * is never retried, and three days in a row of lost access pause the subscription until
 * someone turns it back on. Against a poster that answers as told (the platform port), over
 * the real SQLite store and scheduler.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Platform } from "../../src/daily/daily-store.js";
import { BACKOFF_MS, PAUSE_AFTER_FAILURES } from "../../src/daily/deliver-post.js";
import type { ChannelTarget, DailyPoster, SendResult } from "../../src/daily/port.js";
import { createScheduler } from "../../src/daily/scheduler.js";
import type { Reply } from "../../src/replies/reply.js";
import { createManualClock } from "../../src/runtime/clock.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { bundledContent } from "../helpers/content.js";
import { aSubscription } from "../helpers/subscriptions.js";

/** A poster that answers each attempt with the next scripted result, and records attempts. */
function scriptedPoster(platform: Platform, script: SendResult[]) {
  const attempts: Array<{ target: ChannelTarget; card: Reply; key: string; at: number }> = [];
  const poster: DailyPoster = {
    platform,
    rateLimit: { requests: 1000, perMs: 1000 },
    async post(target, card, key) {
      attempts.push({ target, card, key, at: clock.now().getTime() });
      return script.shift() ?? { kind: "sent", messageId: `m${attempts.length}` };
    },
  };
  return { poster, attempts };
}

const clock = createManualClock("2026-11-20T08:00:00Z");
const sleeps: number[] = [];
const sleep = async (ms: number) => {
  sleeps.push(ms);
  clock.advance(ms);
};
let store: Store | undefined;

async function openStore(): Promise<Store> {
  store = createSqliteStore(join(mkdtempSync(join(tmpdir(), "ct-deliver-")), "ct.sqlite"));
  await store.migrate();
  return store;
}

afterEach(async () => {
  await store?.close();
  sleeps.length = 0;
});

/** The real scheduler over `store` and `poster`, on the manual clock and sleep. */
function schedulerOver(store: Store, poster: DailyPoster) {
  return createScheduler({
    store,
    content: bundledContent(),
    clock,
    posters: [poster],
    logger: silentLogger(),
    sleep,
  });
}

/** 09:00 in Paris on 20 November + `days`, a minute after the slot. */
function slotOfDay(days: number): Date {
  return new Date(Date.UTC(2026, 10, 20 + days, 8, 1));
}

describe("deliverPost through the scheduler", () => {
  it("waits out a 429 for exactly the Retry-After asked, then posts once", async () => {
    const s = await openStore();
    await s.saveSubscription(aSubscription("C1", { nextPostAt: slotOfDay(0) }));
    const { poster, attempts } = scriptedPoster("slack", [
      { kind: "rate-limited", retryAfterMs: 7_000 },
    ]);
    clock.set(slotOfDay(0));
    const scheduler = schedulerOver(s, poster);
    const report = await scheduler.tick();
    expect(report).toMatchObject({ claimed: 1, sent: 1, failed: 0 });
    expect(attempts).toHaveLength(2);
    expect(sleeps).toContain(7_000);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(7_000);
    const [delivery] = await s.listDeliveries("slack:T1:C1", 5);
    expect(delivery).toMatchObject({ state: "sent", messageId: "m2" });
  });

  it("retries a transient failure with doubling backoff and the same delivery key", async () => {
    const s = await openStore();
    await s.saveSubscription(aSubscription("C1", { nextPostAt: slotOfDay(0) }));
    const { poster, attempts } = scriptedPoster("slack", [
      { kind: "transient", error: "http_503" },
      { kind: "transient", error: "ECONNREFUSED" },
    ]);
    clock.set(slotOfDay(0));
    const scheduler = schedulerOver(s, poster);
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    expect(sleeps.filter((ms) => ms >= BACKOFF_MS)).toEqual([BACKOFF_MS, 2 * BACKOFF_MS]);
    expect(new Set(attempts.map((a) => a.key)).size).toBe(1);
  });

  it("never retries an outcome that may have posted, and records it unknown", async () => {
    const s = await openStore();
    await s.saveSubscription(aSubscription("C1", { nextPostAt: slotOfDay(0) }));
    const { poster, attempts } = scriptedPoster("slack", [{ kind: "unknown", error: "timeout" }]);
    clock.set(slotOfDay(0));
    const scheduler = schedulerOver(s, poster);
    expect(await scheduler.tick()).toMatchObject({ unknown: 1, sent: 0 });
    expect(attempts).toHaveLength(1);
    const [delivery] = await s.listDeliveries("slack:T1:C1", 5);
    expect(delivery).toMatchObject({ state: "unknown", error: "timeout" });
  });

  it(`pauses after ${PAUSE_AFTER_FAILURES} days in a row of lost access, and keeps the fix`, async () => {
    const s = await openStore();
    await s.saveSubscription(aSubscription("C1", { nextPostAt: slotOfDay(0) }));
    const lost: SendResult = {
      kind: "permanent",
      reason: "not_in_channel",
      fix: "invite the bot",
    };
    const { poster, attempts } = scriptedPoster("slack", [lost, lost, lost, lost]);
    const scheduler = schedulerOver(s, poster);
    const outcomes = [];
    for (let day = 0; day < PAUSE_AFTER_FAILURES + 1; day++) {
      clock.set(slotOfDay(day));
      outcomes.push(await scheduler.tick());
    }
    expect(outcomes.map((r) => [r.failed, r.paused])).toEqual([
      [1, 0],
      [1, 0],
      [0, 1],
      // Paused: nothing is claimed any more.
      [0, 0],
    ]);
    const subscription = await s.getSubscription("slack:T1:C1");
    expect(subscription).toMatchObject({
      pausedReason: "not_in_channel",
      pausedFix: "invite the bot",
      failureCount: PAUSE_AFTER_FAILURES,
    });
    // One attempt a day (a permanent failure is not retried), none once paused.
    expect(attempts).toHaveLength(PAUSE_AFTER_FAILURES);
  });

  it("a success after a failure clears the failure streak", async () => {
    const s = await openStore();
    await s.saveSubscription(aSubscription("C1", { nextPostAt: slotOfDay(0) }));
    const { poster } = scriptedPoster("slack", [
      { kind: "permanent", reason: "not_in_channel", fix: "invite the bot" },
    ]);
    const scheduler = schedulerOver(s, poster);
    clock.set(slotOfDay(0));
    expect(await scheduler.tick()).toMatchObject({ failed: 1 });
    expect(await s.getSubscription("slack:T1:C1")).toMatchObject({ failureCount: 1 });
    clock.set(slotOfDay(1));
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    expect(await s.getSubscription("slack:T1:C1")).toMatchObject({
      failureCount: 0,
      lastError: null,
    });
  });
});
