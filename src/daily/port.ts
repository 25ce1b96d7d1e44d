/**
 * What the core needs from a platform for daily posts. Each adapter implements these: a
 * long-lived poster for the scheduler, per-request access checks for `/ct daily`, and the
 * {@link SendResult} of each attempt, for which {@link classifySendFailure} gives the one rule
 * about requests that failed on the network: did it leave?
 */
import type { Language } from "../i18n/language.js";
import type { Reply } from "../replies/reply.js";
import type { Platform, Subscription } from "./daily-store.js";

/** The result of one attempt to post. Posters never throw: every failure is one of these. */
export type SendResult =
  | { kind: "sent"; messageId: string | null }
  /** The platform said "slow down" (429); nothing was posted. */
  | { kind: "rate-limited"; retryAfterMs: number }
  /**
   * Failed without posting (5xx, refused connection), or the platform dedupes a retry: safe
   * to retry. `maybeSent` when the attempt may have posted (a timeout the platform dedupes):
   * if retries run out, the delivery is recorded unknown, not failed.
   */
  | { kind: "transient"; error: string; maybeSent?: boolean }
  /** May have been posted (a timeout without a dedupe key): never retried. */
  | { kind: "unknown"; error: string }
  /** Will keep failing until a person acts: missing access, unknown channel, bot removed. */
  | { kind: "permanent"; reason: string; fix: string };

/** A channel on a platform. */
export interface ChannelTarget {
  workspaceId: string;
  channelId: string;
}

/** A platform's daily poster, used by the scheduler. */
export interface DailyPoster {
  platform: Platform;
  /** At most `requests` posts per `perMs` across channels: the fan-out budget. */
  rateLimit: { requests: number; perMs: number };
  /** Posts `card` to `target`. `key` is unique per delivery, for platforms that dedupe retries. */
  post(target: ChannelTarget, card: Reply, key: string): Promise<SendResult>;
  /**
   * The language of cards for subscriptions that set none (made before subscriptions had a
   * language): Slack's workspace default (`SLACK_DEFAULT_LANG`); absent: English.
   */
  defaultLanguage?: Language;
}

/** Whether something is allowed, and if not, who can do it. */
export type Permission = { ok: true } | { ok: false; who: string };

/** Whether the bot can post in a channel, and if not, what to do. */
export type ChannelCheck = { ok: true } | { ok: false; problem: string; fix: string };

/** `/ct daily` checks for one request, bound by the adapter to the caller and channel. */
export interface DailyAccess {
  platform: Platform;
  /** The channel asked about; undefined where daily posts cannot go (a DM). */
  target: ChannelTarget | undefined;
  userId: string;
  /** May the caller create (no subscription yet) or change this subscription? */
  canManage(subscription: Subscription | undefined): Promise<Permission>;
  /** Can the bot post here? May join a public channel to make it so. */
  checkChannel(): Promise<ChannelCheck>;
  /** Posts the confirmation card in the channel. */
  confirm(card: Reply): Promise<SendResult>;
  /**
   * The platform's language for this channel, when it has one: Discord's `guild_locale`, Slack's
   * workspace default. A subscription without `lang:` takes it.
   */
  channelLanguage?: Language;
}

/** Seconds to wait after a 429 that says neither how long (body) nor Retry-After (header). */
export const RETRY_AFTER_DEFAULT_S = 1;

/** System error codes raised before a request reached the server: nothing was posted. */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** The system error code under a fetch failure (undici puts it on `cause`), or "timeout". */
export function networkCodeOf(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === "TimeoutError" || error.name === "AbortError") return "timeout";
  const cause = (error as { cause?: unknown }).cause;
  const code =
    (cause as { code?: unknown } | undefined)?.code ?? (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/**
 * The {@link SendResult} for a request that failed without an answer from the platform. One
 * that never left (refused, no route) is transient: nothing was posted. One that may have
 * reached the platform (a timeout, a dropped connection) is transient only when the platform
 * dedupes a retry (`deduped`, e.g. Discord's enforced nonce), marked `maybeSent`; otherwise
 * its outcome is unknown and it is never retried (a duplicate post is the worse harm).
 */
export function classifySendFailure(error: unknown, options: { deduped: boolean }): SendResult {
  const code = networkCodeOf(error);
  if (code !== undefined && NOT_SENT_CODES.has(code)) return { kind: "transient", error: code };
  const name = code ?? (error instanceof Error ? error.name : String(error));
  return options.deduped
    ? { kind: "transient", error: name, maybeSent: true }
    : { kind: "unknown", error: name };
}
