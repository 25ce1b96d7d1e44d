/**
 * Posts messages in channels as the bot, for daily posts and their confirmation cards: one
 * `fetch` per call, reported as a {@link SendResult}, never thrown.
 *
 * Why not discord.js's REST manager: it retries 5xx and network errors, sleeps through 429s
 * and pre-emptively queues requests behind its own per-route and global counters, all on the
 * real clock. Even configured with `retries: 0` and a `rejectOnRateLimit` that rejects
 * everything, its pre-emptive waits and bucket bookkeeping sit between the scheduler and
 * Discord, and a 429's body (`retry_after` in seconds) is ignored in favour of the header. The
 * scheduler owns pacing (a sliding-window limiter), retries and backoff on an injected clock;
 * a plain fetch makes each call exactly one request whose outcome the scheduler sees.
 */
import { type RESTPostAPIChannelMessageJSONBody, Routes } from "discord.js";
import type { SendResult } from "../../../src/daily/port.js";
import { type Clock, systemClock } from "../../../src/runtime/clock.js";
import { rateLimitOf, sendResultOfAnswer, sendResultOfError } from "../daily/send-result.js";

/** Discord's REST API when DISCORD_API_URL is unset. */
export const DISCORD_API_DEFAULT = "https://discord.com/api";

/** How long one post may take before it is abandoned. */
export const CHANNEL_POST_TIMEOUT_MS = 10_000;

// Discord asks for "DiscordBot ($url, $version)"; ct-bot has no public URL, so its name.
const USER_AGENT = "DiscordBot (ct-bot, 0.1.0)";

/** A message to create in a channel. */
export type ChannelMessageBody = RESTPostAPIChannelMessageJSONBody;

/** What the client is built from. */
export interface ChannelMessagesOptions {
  /** DISCORD_TOKEN: the bot token, sent as `Authorization: Bot …`, never logged. */
  token: string;
  /** DISCORD_API_URL, without `/v10`. */
  apiUrl?: string;
  timeoutMs?: number;
  /** Reads the time for the global rate-limit gate; the scheduler's clock in tests. */
  clock?: Clock;
}

/** Creates messages in channels. */
export interface ChannelMessages {
  /** One `POST /channels/{channelId}/messages`. */
  post(channelId: string, body: ChannelMessageBody): Promise<SendResult>;
}

/**
 * Creates the client.
 *
 * @example
 * const messages = createChannelMessages({ token: config.discord.token });
 * const result = await messages.post(channelId, { content: "hello", allowed_mentions: { parse: [] } });
 */
export function createChannelMessages(options: ChannelMessagesOptions): ChannelMessages {
  const base = `${(options.apiUrl ?? DISCORD_API_DEFAULT).replace(/\/+$/u, "")}/v10`;
  const timeoutMs = options.timeoutMs ?? CHANNEL_POST_TIMEOUT_MS;
  const clock = options.clock ?? systemClock;
  let globalUntil = 0;

  return {
    async post(channelId, body) {
      // While Discord has the whole token on hold (a global 429), any other request only
      // earns another 429, and enough 401/403/429s in ten minutes get the host banned by
      // Cloudflare: answer for Discord instead of asking it.
      const held = globalUntil - clock.now().getTime();
      if (held > 0) return { kind: "rate-limited", retryAfterMs: held };
      const deduped = body.nonce !== undefined && body.enforce_nonce === true;
      try {
        const response = await fetch(`${base}${Routes.channelMessages(channelId)}`, {
          method: "POST",
          headers: {
            authorization: `Bot ${options.token}`,
            "content-type": "application/json",
            "user-agent": USER_AGENT,
          },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await response.text();
        const answer = { status: response.status, headers: response.headers, body: parse(text) };
        if (response.status === 429) {
          const limit = rateLimitOf(answer);
          if (limit.global) globalUntil = clock.now().getTime() + limit.retryAfterMs;
        }
        return sendResultOfAnswer(answer);
      } catch (error) {
        return sendResultOfError(error, deduped);
      }
    },
  };
}

/** The JSON in `text`, or undefined (an empty 204, an HTML error page from a proxy). */
function parse(text: string): unknown {
  try {
    return text === "" ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
