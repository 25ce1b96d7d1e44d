/**
 * Daily posts on Discord, wired: one channel-message client with the bot token, the
 * scheduler's poster, and the per-interaction `/ct daily` checks. Without a bot token (HTTP
 * interactions mode may run without one) there is no poster, and `daily on` says why.
 */
import type { APIInteraction } from "discord.js";
import type { DailyAccess, DailyPoster } from "../../../src/daily/port.js";
import type { Clock } from "../../../src/runtime/clock.js";
import { createChannelMessages } from "../transport/channel-messages.js";
import { createDiscordDailyAccess } from "./access.js";
import { createDiscordPoster } from "./poster.js";

/** Options for {@link createDiscordDaily}. */
export interface DiscordDailyOptions {
  /** DISCORD_TOKEN, when set. */
  token: string | undefined;
  /** DISCORD_API_URL, without `/v10`. */
  apiUrl?: string;
  /** How long one post may take. */
  timeoutMs?: number;
  /** The scheduler's clock (for the global rate-limit gate). */
  clock?: Clock;
}

/** The poster for the scheduler (when there is a token), and each interaction's checks. */
export interface DiscordDaily {
  poster?: DailyPoster;
  accessFor(interaction: APIInteraction): DailyAccess;
}

/**
 * Creates both halves over one client.
 *
 * @example
 * const daily = createDiscordDaily({ token: config.discord.token });
 * await bot.run(invocation, { caller, dailyAccess: daily.accessFor(interaction) });
 */
export function createDiscordDaily(options: DiscordDailyOptions): DiscordDaily {
  const { token } = options;
  if (token === undefined)
    return { accessFor: (interaction) => createDiscordDailyAccess(interaction, undefined) };
  const messages = createChannelMessages({
    token,
    ...(options.apiUrl === undefined ? {} : { apiUrl: options.apiUrl }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });
  return {
    poster: createDiscordPoster(messages),
    accessFor: (interaction) => createDiscordDailyAccess(interaction, messages),
  };
}
