/**
 * A started scheduler on a manual clock whose waits move the clock: for minute-tick tests.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createScheduler } from "../../src/daily/scheduler.js";
import { createManualClock } from "../../src/runtime/clock.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import { aSubscription } from "../helpers/subscriptions.js";
import { content } from "./daily-rig.js";

/** A scheduler started at `at` with one Paris subscription at `time`, due today. */
export async function startedScheduler(at: string, time: string) {
  const store = createSqliteStore(join(mkdtempSync(join(tmpdir(), "ct-tick-")), "ct.sqlite"));
  await store.migrate();
  const clock = createManualClock(at);
  const [hour, minute] = time.split(":").map(Number);
  const slot = new Date(at);
  // Paris is UTC+1 in March.
  slot.setUTCHours((hour ?? 0) - 1, minute ?? 0, 0, 0);
  await store.saveSubscription(aSubscription("C1", { time, nextPostAt: slot }));
  const posts: Date[] = [];
  const waits: number[] = [];
  let until = Number.POSITIVE_INFINITY;
  let reached: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const scheduler = createScheduler({
    store,
    content,
    clock,
    logger: silentLogger(),
    posters: [
      {
        platform: "slack",
        rateLimit: { requests: 1000, perMs: 1000 },
        async post() {
          posts.push(clock.now());
          return { kind: "sent", messageId: "m" };
        },
      },
    ],
    wait: async (ms) => {
      waits.push(ms);
      clock.advance(ms);
      if (clock.now().getTime() >= until) reached();
      await new Promise((resolve) => setImmediate(resolve));
    },
  });
  return {
    posts,
    waits,
    /** Starts ticking and resolves once the clock has reached `end`. */
    async runUntil(end: Date) {
      until = end.getTime();
      scheduler.start();
      await done;
      await scheduler.stop();
    },
    async stop() {
      await scheduler.stop();
      await store.close();
    },
  };
}
