/**
 * What daily posts keep: channels' subscriptions and each day's delivery. The daily module
 * owns these types and the {@link DailyStore} port; src/store/ implements it for SQLite and
 * PostgreSQL.
 */
import type { DailyDays } from "./daily-options.js";

/** Platforms that can hold subscriptions. */
export type Platform = "slack" | "discord";

/** A channel's daily-fact subscription. Turned off, it is kept (active false), never deleted. */
export interface Subscription {
  /** `platform:workspace:channel`, see {@link subscriptionId}. */
  id: string;
  platform: Platform;
  /** Slack team id or Discord guild id. */
  workspaceId: string;
  channelId: string;
  /** Local time `HH:MM`. */
  time: string;
  timeZone: string;
  days: DailyDays;
  active: boolean;
  /** User who created the subscription (may change or stop it). */
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** The next slot to post at; null when inactive or paused. */
  nextPostAt: Date | null;
  /** Why posting stopped (e.g. `not_in_channel`); null when running. */
  pausedReason: string | null;
  /** What a person can do about the pause, e.g. "invite the bot: /invite @ct-bot". */
  pausedFix: string | null;
  /** Permanent failures in a row; three pause the subscription. */
  failureCount: number;
  lastError: string | null;
  /** Per-channel seed for the fact order. */
  seed: string;
  /** Current rotation cycle. */
  cycle: number;
}

/**
 * A delivery's state. `claimed`: reserved, not yet attempted (a restart may send it).
 * `sending`: a send is under way; if the process dies now the outcome is unknown and the
 * post is skipped rather than risking a duplicate. `sent`, `failed`, `unknown`, `skipped`
 * are final.
 */
export type DeliveryState = "claimed" | "sending" | "sent" | "failed" | "unknown" | "skipped";

/** One day's post to one channel. At most one per subscription and local date. */
export interface Delivery {
  id: string;
  subscriptionId: string;
  /** `YYYY-MM-DD` in the subscription's zone. */
  localDate: string;
  factId: string;
  cycle: number;
  state: DeliveryState;
  attempts: number;
  messageId: string | null;
  error: string | null;
  /** Identifies the claim; a send only proceeds while its token still owns the row. */
  claimToken: string;
  claimedAt: Date;
  updatedAt: Date;
}

/** What to do with a due subscription, decided by the scheduler inside the claim. */
export interface ClaimDecision {
  /** The post to make, or null to only move on (a missed day, no facts). */
  deliver: { localDate: string; factId: string; cycle: number } | null;
  nextPostAt: Date;
}

/** A claimed delivery with its subscription. */
export interface ClaimedDelivery {
  delivery: Delivery;
  subscription: Subscription;
}

/** How a delivery ended. */
export type DeliveryOutcome =
  | { state: "sent"; messageId: string | null }
  | { state: "failed" | "unknown" | "skipped"; error: string };

/** Persistence for subscriptions and deliveries: what the scheduler and `/ct daily` need. */
export interface DailyStore {
  getSubscription(id: string): Promise<Subscription | undefined>;
  /** Inserts or replaces a subscription. */
  saveSubscription(subscription: Subscription): Promise<void>;
  /** Subscriptions of a platform (all when omitted). */
  listSubscriptions(platform?: Platform): Promise<Subscription[]>;
  /** Removes a workspace's subscriptions and their history (the app was uninstalled). */
  deleteWorkspace(platform: Platform, workspaceId: string): Promise<number>;

  /** Fact ids already delivered or claimed for a subscription in a cycle. */
  usedFacts(subscriptionId: string, cycle: number): Promise<string[]>;
  /**
   * Atomically takes up to `limit` subscriptions of `platforms` due at `now` (next post time
   * passed), asks `decide` what to do with each, records the delivery (state `claimed`) and
   * the next post time. Returns the claimed deliveries and how many subscriptions were
   * examined (some only move on to their next slot). Concurrent callers (replicas) never get
   * the same subscription.
   */
  claimDue(
    now: Date,
    platforms: readonly Platform[],
    limit: number,
    decide: (subscription: Subscription, used: ReadonlySet<string>) => ClaimDecision,
  ): Promise<{ deliveries: ClaimedDelivery[]; examined: number }>;
  /**
   * Takes over deliveries still `claimed` (never attempted) whose claim is older than
   * `staleBefore`, e.g. after the process that claimed them died. Returns them re-claimed.
   * Deliveries left `sending` that long are closed as `unknown`: they are never re-sent.
   */
  reclaimStale(
    staleBefore: Date,
    now: Date,
    platforms: readonly Platform[],
    limit: number,
  ): Promise<ClaimedDelivery[]>;
  /**
   * Moves a delivery from `claimed` to `sending` if `claimToken` still owns it.
   * False means another process took it: do not send.
   */
  startSending(deliveryId: string, claimToken: string, now: Date): Promise<boolean>;
  /** Records how a delivery ended. */
  finishDelivery(deliveryId: string, outcome: DeliveryOutcome, now: Date): Promise<void>;
  /** Records a subscription's failure streak and pause state after a delivery. */
  updateHealth(
    subscriptionId: string,
    health: {
      failureCount: number;
      lastError: string | null;
      pausedReason: string | null;
      pausedFix: string | null;
    },
    now: Date,
  ): Promise<void>;
  /** A subscription's deliveries, newest first (status, tests). */
  listDeliveries(subscriptionId: string, limit: number): Promise<Delivery[]>;
}

/** The id of a channel's subscription. */
export function subscriptionId(platform: Platform, workspaceId: string, channelId: string): string {
  return `${platform}:${workspaceId}:${channelId}`;
}
