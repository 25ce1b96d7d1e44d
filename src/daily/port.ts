/**
 * What the core needs from a platform for daily posts. Each adapter implements these:
 * a long-lived poster for the scheduler, and per-request access checks for `/ct daily`.
 */
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
}
