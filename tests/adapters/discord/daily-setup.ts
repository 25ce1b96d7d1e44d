/**
 * Daily-post test rigs: the real Discord adapter (gateway, or HTTP interactions) with the daily
 * service over a real SQLite store and a manual clock, and the real scheduler driving the
 * adapter's poster against the fake Discord. Sleeps move the clock: nothing waits.
 */
import type { KeyObject } from "node:crypto";
import { PermissionFlagsBits } from "discord.js";
import { createDiscordDaily } from "../../../adapters/discord/daily/create-daily.js";
import { createBot } from "../../../src/commands/create-bot.js";
import { createDailyService } from "../../../src/daily/daily-service.js";
import { type Subscription, subscriptionId } from "../../../src/daily/daily-store.js";
import type { DailyPoster } from "../../../src/daily/port.js";
import { createScheduler, type Scheduler } from "../../../src/daily/scheduler.js";
import { createManualClock } from "../../../src/runtime/clock.js";
import { silentLogger } from "../../../src/runtime/logger.js";
import { createSqliteStore } from "../../../src/store/sqlite-store.js";
import type { Store } from "../../../src/store/store.js";
import type { ChannelPost } from "../../fakes/discord/fake-channels.js";
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  startFakeDiscord,
} from "../../fakes/discord/fake-discord.js";
import { commandInteraction, type Place } from "../../fakes/discord/interactions.js";
import { bundledContent } from "../../helpers/content.js";
import {
  applicationKeys,
  embedText,
  interact,
  type MessageData,
  placesOf,
  postInteraction,
  type RunningBot,
  responseOf,
  startBot,
} from "./discord-harness.js";

/** A manual clock. */
export type ManualClock = ReturnType<typeof createManualClock>;

/** Monday 2 March 2026, 11:00 in Paris: before any daily post is due. */
export const MONDAY_MORNING = "2026-03-02T10:00:00Z";

/** Manage Channels, as a member's permissions in the channel. */
export const MANAGER = String(PermissionFlagsBits.ManageChannels);
/** View Channel, Send Messages and Embed Links: what the bot needs to post a card. */
export const BOT_CAN_POST = String(
  PermissionFlagsBits.ViewChannel |
    PermissionFlagsBits.SendMessages |
    PermissionFlagsBits.EmbedLinks,
);

/** A scheduler over `store` and `posters`, whose sleeps are recorded and move `clock`. */
export function schedulerFor(
  store: Store,
  clock: ManualClock,
  posters: readonly DailyPoster[],
  beforeSleep: () => Promise<void> = async () => undefined,
): { scheduler: Scheduler; sleeps: number[] } {
  const sleeps: number[] = [];
  const scheduler = createScheduler({
    store,
    content: bundledContent(),
    clock,
    posters,
    logger: silentLogger(),
    sleep: async (ms) => {
      await beforeSleep();
      sleeps.push(ms);
      clock.advance(ms);
    },
  });
  return { scheduler, sleeps };
}

/** A poster of its own against `fake` (e.g. with a short timeout), reading `clock`. */
export function posterFor(fake: FakeDiscord, clock: ManualClock, timeoutMs?: number): DailyPoster {
  const { poster } = createDiscordDaily({
    token: fake.botToken,
    apiUrl: fake.apiUrl,
    clock,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  if (!poster) throw new Error("no poster with a token");
  return poster;
}

/** An opened, migrated SQLite store in memory. */
export async function openStore(): Promise<Store> {
  const store = createSqliteStore(":memory:");
  await store.migrate();
  return store;
}

/** What `/ct daily …` answered: the response type (4, or 5 when deferred), the message, its text. */
export interface Answered {
  type: number;
  data: MessageData;
  /** The embeds' text with markdown escapes removed, as a reader sees it. */
  text: string;
}

/** The text of a message as Discord shows it: embed text without the `\` escapes. */
export function shownText(data: MessageData): string {
  return embedText(data).replace(/\\(.)/gu, "$1");
}

/** The Discord adapter with daily posts, and ways to drive and read it. */
export interface DailyRig {
  readonly fake: FakeDiscord;
  readonly running: RunningBot;
  readonly store: Store;
  readonly clock: ManualClock;
  readonly scheduler: Scheduler;
  /** Every sleep the scheduler asked for, in ms. */
  readonly sleeps: number[];
  /** The server channel, asked by a member with Manage Channels, the bot able to post. */
  readonly place: Place;
  /**
   * Runs `/ct daily` with `options` at `place` (the rig's by default), from a client and server
   * in `locales` (`en-US` and no guild locale by default).
   */
  ask(options: Record<string, string>, place?: Place, locales?: Locales): Promise<Answered>;
  /** "Fact of the day" cards posted in the rig's channel. */
  factPosts(): ChannelPost[];
  subscription(): Promise<Subscription | undefined>;
  close(): Promise<void>;
}

/** The interaction's `locale` (the person's client) and `guild_locale` (the server's). */
export interface Locales {
  locale?: string;
  guild_locale?: string;
}

/** How to start a rig. */
export interface RigOptions {
  at?: string;
  mode?: "gateway" | "http";
  env?: Record<string, string>;
  deferAfterMs?: number;
  dailyTimeoutMs?: number;
  fake?: FakeDiscordOptions;
}

/** Starts a fake Discord and the adapter with daily posts, at `at` (Monday morning by default). */
export async function startDailyRig(options: RigOptions = {}): Promise<DailyRig> {
  const fake = await startFakeDiscord(options.fake);
  const store = await openStore();
  const clock = createManualClock(options.at ?? MONDAY_MORNING);
  const content = bundledContent();
  const bot = createBot({
    content,
    clock,
    daily: createDailyService({ store, content, clock }),
  });
  const keys = options.mode === "http" ? applicationKeys() : undefined;
  const running = await startBot(fake, {
    bot,
    store,
    clock,
    env: { ...(keys ? { DISCORD_PUBLIC_KEY: keys.publicKeyHex } : {}), ...options.env },
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
    ...(options.dailyTimeoutMs === undefined ? {} : { dailyTimeoutMs: options.dailyTimeoutMs }),
  });
  const posters = running.runtime.poster ? [running.runtime.poster] : [];
  const { scheduler, sleeps } = schedulerFor(store, clock, posters);
  const place: Place = {
    ...placesOf(fake).guild,
    memberPermissions: MANAGER,
    appPermissions: BOT_CAN_POST,
  };
  const id = subscriptionId("discord", fake.guildId, fake.channelId);
  return {
    fake,
    running,
    store,
    clock,
    scheduler,
    sleeps,
    place,
    async ask(values, at = place, locales = {}) {
      const interaction = { ...commandInteraction(at, "daily", values), ...locales };
      const from = fake.requests.length;
      const first = keys
        ? await askOverHttp(fake, running, interaction, keys.privateKey)
        : responseOf(await interact(fake, interaction));
      if (first.type !== 5) return { ...first, text: shownText(first.data) };
      const edit = await fake.waitForRequest(
        (r) => r.path.endsWith(`/${interaction.token}/messages/@original`),
        from,
      );
      const data = edit.body as MessageData;
      return { type: 5, data, text: shownText(data) };
    },
    factPosts: () =>
      fake.channels
        .postsIn(fake.channelId)
        .filter((p) => (p.body as MessageData).embeds?.[0]?.title === "Fact of the day"),
    subscription: () => store.getSubscription(id),
    async close() {
      await scheduler.stop();
      await running.stop();
      await fake.close();
      await store.close();
    },
  };
}

async function askOverHttp(
  fake: FakeDiscord,
  running: RunningBot,
  interaction: ReturnType<typeof commandInteraction>,
  key: KeyObject,
): Promise<{ type: number; data: MessageData }> {
  // The webhook that edits a deferred answer accepts only interactions Discord sent.
  fake.expectInteraction(interaction);
  const { json } = await postInteraction(running.url, interaction, key);
  return json as { type: number; data: MessageData };
}
