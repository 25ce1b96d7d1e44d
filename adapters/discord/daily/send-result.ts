/**
 * What Discord's answer to a channel message POST means for the scheduler: wait and retry
 * (429), retry with backoff (5xx; a timeout when the send carries an enforced nonce), or stop
 * until a person fixes something (missing access, unknown channel, bot removed, bad token).
 */

import { formatExample } from "../../../src/commands/format-example.js";
import { COMMANDS } from "../../../src/commands/registry.js";
import {
  classifySendFailure,
  RETRY_AFTER_DEFAULT_S,
  type SendResult,
} from "../../../src/daily/port.js";

/** `daily on` as Discord users type it, for the fixes below. */
const DAILY_ON = formatExample("daily on", "discord", COMMANDS);

/** What to do when the bot lacks permissions in a channel. */
export const PERMISSIONS_FIX =
  "give ct-bot View Channel, Send Messages and Embed Links in this channel (Edit Channel → Permissions)";
const REINVITE_FIX = `add ct-bot back to the server with its invite link (see the Discord part of ct-bot's README), then run ${DAILY_ON} in this channel`;
const TOKEN_FIX =
  "set DISCORD_TOKEN to the bot's current token (Developer Portal → Bot → Reset Token) and restart ct-bot";
const BUG_FIX = "this is a ct-bot bug: report it with the error from the bot's log";

/**
 * Discord JSON error codes that keep failing until a person acts, with a stable reason (shown
 * in `daily status` with `_` as spaces) and what that person can do. Nothing was posted.
 */
export const PERMANENT_ERRORS: Readonly<Record<number, { reason: string; fix: string }>> = {
  // The bot cannot see the channel: View Channel is missing, or the bot left the server.
  50001: {
    reason: "missing_access",
    fix: `${PERMISSIONS_FIX}; if ct-bot was removed from the server, add it back`,
  },
  50013: { reason: "missing_permissions", fix: PERMISSIONS_FIX },
  10003: {
    reason: "unknown_channel",
    fix: `the channel was deleted or ct-bot can no longer see it: add ct-bot back to the server, or run ${DAILY_ON} in another channel`,
  },
  10004: { reason: "unknown_guild", fix: REINVITE_FIX },
  50008: { reason: "not_a_text_channel", fix: `run ${DAILY_ON} in a text channel` },
  50035: { reason: "invalid_form_body", fix: BUG_FIX },
};

/** Discord's answer, read once: status, headers and the parsed JSON body (if any). */
export interface DiscordAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** How long a 429 asks to wait, and whether it is the bot's global limit. */
export function rateLimitOf(answer: DiscordAnswer): { retryAfterMs: number; global: boolean } {
  const body = (answer.body ?? {}) as { retry_after?: unknown; global?: unknown };
  // The body's retry_after is precise (seconds, with decimals); Retry-After is rounded up,
  // and is all a proxy or Cloudflare's own 429 may carry.
  const seconds =
    typeof body.retry_after === "number" && body.retry_after >= 0
      ? body.retry_after
      : (positiveNumber(answer.headers.get("retry-after")) ?? RETRY_AFTER_DEFAULT_S);
  const global =
    body.global === true || answer.headers.get("x-ratelimit-global")?.toLowerCase() === "true";
  return { retryAfterMs: Math.ceil(seconds * 1000), global };
}

/** The {@link SendResult} for Discord's answer to a channel message POST. */
export function sendResultOfAnswer(answer: DiscordAnswer): SendResult {
  const { status } = answer;
  if (status >= 200 && status < 300) {
    const id = (answer.body as { id?: unknown } | undefined)?.id;
    return { kind: "sent", messageId: typeof id === "string" ? id : null };
  }
  if (status === 429)
    return { kind: "rate-limited", retryAfterMs: rateLimitOf(answer).retryAfterMs };
  // Discord (or Cloudflare in front of it) did not handle the request.
  if (status >= 500 || status === 408) return { kind: "transient", error: `http_${status}` };
  const code = (answer.body as { code?: unknown } | undefined)?.code;
  const known = typeof code === "number" ? PERMANENT_ERRORS[code] : undefined;
  if (known) return { kind: "permanent", ...known };
  if (status === 401) return { kind: "permanent", reason: "unauthorized", fix: TOKEN_FIX };
  if (status === 403) return { kind: "permanent", reason: "forbidden", fix: PERMISSIONS_FIX };
  return {
    kind: "permanent",
    reason: `http_${status}`,
    fix: `look up Discord's error ${typeof code === "number" ? `code ${code}` : `status ${status}`} for creating a message; the bot's log has the details`,
  };
}

/**
 * The {@link SendResult} for an error thrown while sending or reading the answer: the core's
 * one rule, with `deduped` when the send carried an enforced nonce.
 */
export function sendResultOfError(error: unknown, deduped: boolean): SendResult {
  return classifySendFailure(error, { deduped });
}

function positiveNumber(text: string | null): number | undefined {
  const value = Number.parseFloat(text ?? "");
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}
