/**
 * Benchmarks the daily fan-out on Discord: 1,000 subscriptions due at once (SQLite in memory),
 * one tick of the real scheduler on the real clock with real sleeps, the real Discord poster
 * against the fake Discord on 127.0.0.1 enforcing 50 requests per rolling second (429 beyond).
 * Prints the achieved requests per second, as a fraction of the limit, the 429s (must be 0)
 * and the total time. Takes about 1,000 × 23 ms ≈ 23 seconds, by design.
 *
 * Run alone with `npx tsx bench/daily-fanout-bench.ts`.
 */
import { pathToFileURL } from "node:url";
import { createDiscordDaily } from "../adapters/discord/daily/create-daily.js";
import { DAILY_POSTS_PER_SECOND } from "../adapters/discord/daily/poster.js";
import { GLOBAL_REQUESTS_PER_SECOND } from "../adapters/discord/render/limits.js";
import { defaultContentDir } from "../src/content/content-dir.js";
import { loadContent } from "../src/content/load-content.js";
import { createScheduler } from "../src/daily/scheduler.js";
import { systemClock } from "../src/runtime/clock.js";
import { silentLogger } from "../src/runtime/logger.js";
import { createSqliteStore } from "../src/store/sqlite-store.js";
import { startFakeDiscord } from "../tests/fakes/discord/fake-discord.js";
import { aSubscription } from "../tests/helpers/subscriptions.js";

const SUBSCRIPTIONS = 1_000;

/** Runs the fan-out once and prints its figures. */
export async function benchDailyFanout(): Promise<void> {
  const fake = await startFakeDiscord({ globalLimit: { requests: GLOBAL_REQUESTS_PER_SECOND } });
  const store = createSqliteStore(":memory:");
  try {
    await store.migrate();
    const dueSince = new Date(systemClock.now().getTime() - 60_000);
    for (let i = 0; i < SUBSCRIPTIONS; i++) {
      // 00:00 UTC every day: today's slot has passed whenever the bench runs, so all are due.
      await store.saveSubscription(
        aSubscription(String(400_000_000_000_000_000n + BigInt(i)), {
          platform: "discord",
          workspaceId: fake.guildId,
          time: "00:00",
          timeZone: "UTC",
          nextPostAt: dueSince,
        }),
      );
    }
    const { poster } = createDiscordDaily({ token: fake.botToken, apiUrl: fake.apiUrl });
    if (!poster) throw new Error("no Discord poster");
    const scheduler = createScheduler({
      store,
      content: loadContent([defaultContentDir()]),
      clock: systemClock,
      posters: [poster],
      logger: silentLogger(),
    });

    const started = performance.now();
    const report = await scheduler.tick();
    const seconds = (performance.now() - started) / 1000;

    const limiter = fake.globalLimiter;
    const served = limiter?.served ?? 0;
    const perSecond = served / seconds;
    const channels = new Set(fake.channels.all.map((p) => p.channelId)).size;
    const line = (label: string, value: string) => console.log(`${label.padEnd(34)} ${value}`);
    console.log(
      `Daily fan-out on Discord: ${SUBSCRIPTIONS} due posts, one tick, ${DAILY_POSTS_PER_SECOND} posts/s evenly spaced, fake enforcing ${GLOBAL_REQUESTS_PER_SECOND} requests/s`,
    );
    line("posts sent", `${report.sent} of ${SUBSCRIPTIONS} (${channels} channels, none twice)`);
    line("total time", `${seconds.toFixed(2)} s`);
    line(
      "achieved",
      `${perSecond.toFixed(1)} requests/s = ${(perSecond / GLOBAL_REQUESTS_PER_SECOND).toFixed(2)} of the ${GLOBAL_REQUESTS_PER_SECOND}/s limit`,
    );
    line("peak in any rolling second", `${limiter?.peak ?? 0} requests`);
    line(
      "429s from the fake",
      `${limiter?.rejected ?? 0}${limiter?.rejected ? "  (must be 0!)" : ""}`,
    );
  } finally {
    await store.close();
    await fake.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchDailyFanout();
}
