/**
 * Daily-post test rigs: the real Slack adapter (HTTP transport) with the daily service over a
 * real SQLite store, a manual clock, and the real scheduler driving the adapter's poster;
 * or just the poster, for scheduler-only tests. Sleeps move the clock: nothing waits.
 */

import { createSlackDaily } from "../../../adapters/slack/daily/create-daily.js";
import { createBoltLogger } from "../../../adapters/slack/transport/bolt-logger.js";
import { singleWorkspaceTokens } from "../../../adapters/slack/transport/installations.js";
import { type Subscription, subscriptionId } from "../../../src/daily/daily-store.js";
import type { DailyPoster } from "../../../src/daily/port.js";
import { createScheduler, type Scheduler } from "../../../src/daily/scheduler.js";
import { createManualClock } from "../../../src/runtime/clock.js";
import { silentLogger } from "../../../src/runtime/logger.js";
import { createSqliteStore } from "../../../src/store/sqlite-store.js";
import type { Store } from "../../../src/store/store.js";
import { FAKE_BOT } from "../../fakes/slack/fake-slack.js";
import type { CommandFrom } from "../../fakes/slack/slack-payloads.js";
import { contextTexts, headerText, sectionTexts } from "./message-parts.js";
import { SECRETS, type SlackHarness, startHarness, testContent } from "./slack-harness.js";

/** A manual clock. */
export type ManualClock = ReturnType<typeof createManualClock>;

/** Monday 2 March 2026, 11:00 in Paris: before any daily post is due. */
export const MONDAY_MORNING = "2026-03-02T10:00:00Z";

/** A scheduler over `store` and `posters`, whose sleeps are recorded and move `clock`. */
export function schedulerFor(
  store: Store,
  clock: ManualClock,
  posters: readonly DailyPoster[],
): { scheduler: Scheduler; sleeps: number[] } {
  const sleeps: number[] = [];
  const scheduler = createScheduler({
    store,
    content: testContent(),
    clock,
    posters,
    logger: silentLogger(),
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.advance(ms);
    },
  });
  return { scheduler, sleeps };
}

/** A poster of its own against the fake at `apiUrl` (e.g. with a short timeout). */
export function posterFor(apiUrl: string, timeoutMs?: number): DailyPoster {
  return createSlackDaily({
    tokenFor: singleWorkspaceTokens(SECRETS.botToken),
    apiUrl,
    dailyAdmins: [],
    logger: createBoltLogger(silentLogger()),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  }).poster;
}

/** An opened, migrated SQLite store (in memory unless `path` is given). */
export async function openStore(path = ":memory:"): Promise<Store> {
  const store = createSqliteStore(path);
  await store.migrate();
  return store;
}

/** The Slack adapter with daily posts, and ways to drive and read it. */
export interface DailyRig {
  readonly h: SlackHarness;
  readonly store: Store;
  readonly clock: ManualClock;
  readonly scheduler: Scheduler;
  /** Every sleep the scheduler asked for, in ms. */
  readonly sleeps: number[];
  /** Runs `/ct <text>` as `from` and returns the private answer's text, flattened. */
  ask(from: CommandFrom, text: string): Promise<Answered>;
  /** The subscription of `channel` in the fake workspace. */
  subscription(channel: string): Promise<Subscription | undefined>;
  close(): Promise<void>;
}

/** A private answer: its body and all its text in one string. */
export interface Answered {
  body: Record<string, unknown>;
  text: string;
}

/** Starts the rig at `at` (Monday morning by default). */
export async function startDailyRig(
  options: { at?: string; env?: Record<string, string> } = {},
): Promise<DailyRig> {
  const store = await openStore();
  const clock = createManualClock(options.at ?? MONDAY_MORNING);
  const h = await startHarness("http", {
    daily: { store, clock },
    ...(options.env ? { env: options.env } : {}),
  });
  if (!h.runtime.poster) throw new Error("the Slack runtime has no daily poster");
  const { scheduler, sleeps } = schedulerFor(store, clock, [h.runtime.poster]);
  return {
    h,
    store,
    clock,
    scheduler,
    sleeps,
    async ask(from, text) {
      const sent = await h.commandFrom(from, text);
      const { body } = await h.response(sent.id);
      return { body, text: textOf(body) };
    },
    subscription: (channel) =>
      store.getSubscription(subscriptionId("slack", FAKE_BOT.teamId, channel)),
    async close() {
      await scheduler.stop();
      await h.close();
      await store.close();
    },
  };
}

/** The header, sections and context lines of a message, one per line. */
export function textOf(body: unknown): string {
  return [headerText(body) ?? "", ...sectionTexts(body), ...contextTexts(body)].join("\n");
}
