/**
 * The Discord {@link DailyPoster}: how the scheduler posts each channel's daily fact card,
 * rendered like every other answer, as a public channel message that notifies nobody.
 */
import { createHash } from "node:crypto";
import type { DailyPoster } from "../../../src/daily/port.js";
import type { Reply } from "../../../src/replies/reply.js";
import { GLOBAL_REQUESTS_PER_SECOND, NONCE_MAX } from "../render/limits.js";
import { renderMessage } from "../render/message.js";
import type { ChannelMessageBody, ChannelMessages } from "../transport/channel-messages.js";

/** Daily posts a second: Discord's global limit less a margin for the bot's other calls. */
export const DAILY_POSTS_PER_SECOND = GLOBAL_REQUESTS_PER_SECOND - 5;

/*
 * Discord allows GLOBAL_REQUESTS_PER_SECOND requests a second per bot token and counts them
 * when they arrive; the scheduler's limiter counts them when they leave and spaces them evenly
 * (about 22 ms apart here). A burst-style budget would let latency spread push the tail of
 * one burst into the next second as Discord counts it (against the fake of
 * bench/daily-fanout-bench.ts: 38 429s in 1,000 posts with 45 sent in bursts each second).
 * Spaced evenly, a request late by d ms shares its second with only about d / 22 more, so the
 * five requests of headroom absorb ~110 ms of spread, and the same token still has room for
 * confirmation cards and command registration.
 */

/**
 * Creates the poster.
 *
 * @example
 * const poster = createDiscordPoster(createChannelMessages({ token }));
 * createScheduler({ store, content, clock, posters: [poster], logger });
 */
export function createDiscordPoster(messages: ChannelMessages): DailyPoster {
  return {
    platform: "discord",
    rateLimit: { requests: DAILY_POSTS_PER_SECOND, perMs: 1000 },
    // Unlike Slack's chat.postMessage, Discord dedupes a create-message call: with
    // `enforce_nonce`, a second call with the same nonce within a few minutes returns the
    // message the first one created instead of posting again. The nonce comes from the
    // delivery key, so every attempt at one delivery carries the same nonce, and a send that
    // timed out (it may or may not have posted) is safely retried as transient. The
    // scheduler's retries (backoff of seconds) stay well inside Discord's window.
    post(target, card, key) {
      return messages.post(target.channelId, {
        ...channelMessageOf(card),
        nonce: nonceFor(key),
        enforce_nonce: true,
      });
    },
  };
}

/** A card as a public channel message: embeds, buttons, `allowed_mentions: { parse: [] }`. */
export function channelMessageOf(card: Reply): ChannelMessageBody {
  // A public render has no ephemeral flag and no "Post to channel" button.
  const { flags: _none, ...body } = renderMessage(card, { visibility: "public" });
  return body as ChannelMessageBody;
}

/**
 * The nonce for a delivery key: the same key always gives the same nonce, within Discord's
 * {@link NONCE_MAX} characters (a delivery id is a 36-character UUID).
 */
export function nonceFor(key: string): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, NONCE_MAX);
}
