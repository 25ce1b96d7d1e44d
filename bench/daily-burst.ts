/**
 * A 10k burst at a platform's real daily rate, measured, not computed: 10,000 subscriptions
 * due at one slot (SQLite in memory), one tick of the real scheduler with the platform's
 * real rate-limiter settings on an injected clock (its sleeps move the clock), and a poster
 * standing in for the platform that stamps each post with the clock and answers 429 beyond
 * `limitPerSecond` in any rolling second. Prints how late the last post leaves, the rate
 * achieved as a fraction of the limit (issue 12.5: ≥ 0.9) and the 429s (must be 0).
 */
import type { Content } from "../src/content/types.js";
import type { DailyPoster } from "../src/daily/port.js";
import { createScheduler } from "../src/daily/scheduler.js";
import { createManualClock } from "../src/runtime/clock.js";
import { silentLogger } from "../src/runtime/logger.js";
import { createSqliteStore } from "../src/store/sqlite-store.js";
import { aSubscription } from "../tests/helpers/subscriptions.js";

/** Tuesday 3 March 2026, 09:00 in Paris. */
const SLOT = Date.parse("2026-03-03T08:00:00Z");

/** What one platform is measured with. */
export interface BurstPlatform {
  name: string;
  platform: "slack" | "discord";
  /** The poster's budget (the adapter's rateLimit), posts per second. */
  postsPerSecond: number;
  /** What the stand-in platform enforces per rolling second. */
  limitPerSecond: number;
}

/** Runs one 10k burst and prints its line; false when posts were lost or 429s were answered. */
export async function burstLateness(
  content: Content,
  target: BurstPlatform,
  count = 10_000,
): Promise<boolean> {
  const store = createSqliteStore(":memory:");
  await store.migrate();
  for (let i = 0; i < count; i++)
    await store.saveSubscription(
      aSubscription(`C${i}`, { platform: target.platform, nextPostAt: new Date(SLOT) }),
    );
  const clock = createManualClock(new Date(SLOT));
  const stamps: number[] = [];
  let rejected = 0;
  let peak = 0;
  const poster: DailyPoster = {
    platform: target.platform,
    rateLimit: { requests: target.postsPerSecond, perMs: 1_000 },
    async post() {
      const now = clock.now().getTime();
      // Posts accepted in the rolling second ending now.
      let first = stamps.length;
      while (first > 0 && (stamps[first - 1] ?? 0) > now - 1_000) first--;
      if (stamps.length - first >= target.limitPerSecond) {
        rejected++;
        return { kind: "rate-limited", retryAfterMs: 1_000 };
      }
      stamps.push(now);
      peak = Math.max(peak, stamps.length - first);
      return { kind: "sent", messageId: null };
    },
  };
  const scheduler = createScheduler({
    store,
    content,
    clock,
    posters: [poster],
    logger: silentLogger(),
    sleep: async (ms) => clock.advance(ms),
  });
  const started = performance.now();
  const report = await scheduler.tick();
  const wallSeconds = (performance.now() - started) / 1000;
  await store.close();
  const last = (stamps.at(-1) ?? SLOT) - SLOT;
  const span = ((stamps.at(-1) ?? 0) - (stamps[0] ?? 0)) / 1000;
  const achieved = span > 0 ? (stamps.length - 1) / span : 0;
  console.log(
    `  10k burst at ${target.name}'s rate (${target.postsPerSecond}/s budget, ${target.limitPerSecond}/s enforced): ` +
      `last post ${(last / 60_000).toFixed(1)} min after the slot, ${achieved.toFixed(1)}/s = ` +
      `${(achieved / target.limitPerSecond).toFixed(2)} of the limit, peak ${peak} in a rolling second, ` +
      `${rejected} 429s, sent ${report.sent} (clock injected; ${wallSeconds.toFixed(1)} s of real time)`,
  );
  return report.sent === count && rejected === 0;
}
