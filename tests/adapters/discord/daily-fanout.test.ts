/**
 * Fan-out at scale: 1,000 Discord channels due at the same minute, one scheduler tick, the
 * real poster against a fake Discord that enforces 50 requests per rolling second across the
 * bot token (and answers 429 beyond), both on the same manual clock.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAILY_POSTS_PER_SECOND } from "../../../adapters/discord/daily/poster.js";
import type { DailyPoster } from "../../../src/daily/port.js";
import { createManualClock } from "../../../src/runtime/clock.js";
import type { Store } from "../../../src/store/store.js";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/discord/fake-discord.js";
import { aSubscription } from "../../helpers/subscriptions.js";
import { openStore, posterFor, schedulerFor } from "./daily-setup.js";

const POST_AT = Date.parse("2026-03-03T08:00:00Z");
const CHANNELS = 1_000;
const DISCORD_GLOBAL_LIMIT = 50;

/**
 * `poster`, counting posts in flight. The manual clock jumps the moment the limiter sleeps,
 * while other posts are still on the wire: they would reach the fake stamped a whole second
 * late, bunched with the next second's posts, which real time (milliseconds of latency)
 * never does. The scheduler's sleep waits for them first, so that arrivals follow the clock.
 */
function trackInFlight(poster: DailyPoster): { poster: DailyPoster; settled(): Promise<void> } {
  let inFlight = 0;
  const waiters: Array<() => void> = [];
  return {
    poster: {
      ...poster,
      async post(target, card, key) {
        inFlight++;
        try {
          return await poster.post(target, card, key);
        } finally {
          inFlight--;
          if (inFlight === 0) for (const wake of waiters.splice(0)) wake();
        }
      },
    },
    settled: () =>
      inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)),
  };
}

describe("daily fan-out on Discord", () => {
  let fake: FakeDiscord;
  let store: Store;
  const clock = createManualClock(new Date(POST_AT));
  beforeAll(async () => {
    fake = await startFakeDiscord({
      globalLimit: { requests: DISCORD_GLOBAL_LIMIT, now: () => clock.now().getTime() },
    });
    store = await openStore();
  });
  afterAll(async () => {
    await store.close();
    await fake.close();
  });

  it("posts 1,000 subscriptions due in one tick: 1,000 posts, no 429, no channel twice, at the budgeted pace", async () => {
    for (let i = 0; i < CHANNELS; i++) {
      await store.saveSubscription(
        aSubscription(String(300_000_000_000_000_000n + BigInt(i)), {
          platform: "discord",
          workspaceId: fake.guildId,
          nextPostAt: new Date(POST_AT),
        }),
      );
    }
    const tracked = trackInFlight(posterFor(fake, clock));
    const { scheduler } = schedulerFor(store, clock, [tracked.poster], tracked.settled);

    expect(await scheduler.tick()).toMatchObject({ claimed: CHANNELS, sent: CHANNELS, failed: 0 });
    expect(fake.channels.all).toHaveLength(CHANNELS);
    expect(new Set(fake.channels.all.map((p) => p.channelId)).size).toBe(CHANNELS);
    expect(fake.globalLimiter?.rejected).toBe(0);
    expect(fake.globalLimiter?.peak).toBeLessThanOrEqual(DAILY_POSTS_PER_SECOND);
    // The limiter spaced the posts evenly: one every 1000 / DAILY_POSTS_PER_SECOND ms of clock time.
    const elapsed = clock.now().getTime() - POST_AT;
    expect(elapsed).toBeGreaterThanOrEqual(((CHANNELS - 1) * 1000) / DAILY_POSTS_PER_SECOND - 1);

    expect(await scheduler.tick()).toMatchObject({ claimed: 0 });
    expect(fake.channels.all).toHaveLength(CHANNELS);
  });
});
