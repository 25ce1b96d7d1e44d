/**
 * What daily posts keep: channels' subscriptions and each day's delivery. The daily module
 * owns these types and the {@link DailyStore} port; src/store/ implements it for SQLite and
 * PostgreSQL.
 */
import type { Language } from "../i18n/language.js";
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
  /** Facts posted so far in this cycle: the next post is the fact at this place in the cycle's order. */
  position: number;
  /** How many facts the cycle's order was drawn over; a different count starts a new cycle. 0: none yet. */
  cycleSize: number;
  /**
   * The language of the channel's daily card (`daily on … lang:fr`); absent: the platform's
   * default for the channel (Discord's guild locale, Slack's workspace default, else English).
   */
  language?: Language;
}

/**
 * A delivery's state. `claimed`: reserved, not yet attempted (another process takes it over
 * when its owner is gone or its claim is older than the lease). `sending`: a send is under
 * way; if the process dies now the outcome is unknown and the post is closed as `unknown`
 * rather than risking a duplicate. `sent`, `failed`, `unknown`, `skipped` are final.
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
  /** The process ({@link ClaimOwner} id) holding the claim; null for claims made before owners were recorded. */
  owner: string | null;
  claimedAt: Date;
  updatedAt: Date;
}

/** A process that claims posts: its id (random per process), host name and process id. */
export interface ClaimOwner {
  id: string;
  host: string;
  pid: number;
}

/** An owner's last heartbeat. */
export interface OwnerBeat extends ClaimOwner {
  beatAt: Date;
}

/** What to do with a due subscription, decided by the scheduler inside the claim. */
export interface ClaimDecision {
  /**
   * The post to make, or null to only move on (a missed day, no facts). `position` and
   * `cycleSize` are the rotation's place, saved on the subscription with the claim.
   */
  deliver: {
    localDate: string;
    factId: string;
    cycle: number;
    position: number;
    cycleSize: number;
  } | null;
  nextPostAt: Date;
}

/** Which claims {@link DailyStore.reclaimStale} may take over. */
export interface TakeoverRule {
  /** Claims made before this are taken over whoever owns them (the lease). */
  staleBefore: Date;
  /** Owners known to be alive; a claim of any other owner is taken over at once. */
  liveOwners: readonly string[];
  /** The taker, recorded as the new owner. */
  owner: ClaimOwner;
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

/** A delivery's outcome to record, with when it ended. */
export interface FinishedDelivery {
  deliveryId: string;
  outcome: DeliveryOutcome;
  at: Date;
}

/** A claimed delivery about to be sent, with the token that must still own it. */
export interface StartingDelivery {
  deliveryId: string;
  claimToken: string;
}

/** Persistence for subscriptions and deliveries: what the scheduler and `/ct daily` need. */
export interface DailyStore {
  getSubscription(id: string): Promise<Subscription | undefined>;
  /** Inserts or replaces a subscription. */
  saveSubscription(subscription: Subscription): Promise<void>;
  /** Subscriptions of a platform (all when omitted). */
  listSubscriptions(platform?: Platform): Promise<Subscription[]>;
  /** Removes a workspace's subscriptions and their history (the app was uninstalled). */
  deleteWorkspace(platform: Platform, workspaceId: string): Promise<number>;

  /**
   * Atomically takes up to `limit` subscriptions of `platforms` due at `now` (next post time
   * passed), asks `decide` what to do with each, records the delivery (state `claimed`, owned
   * by `owner`), the rotation place and the next post time. Returns the claimed deliveries and
   * how many subscriptions were examined (some only move on to their next slot). Concurrent
   * callers (replicas) never get the same subscription.
   */
  claimDue(
    now: Date,
    platforms: readonly Platform[],
    limit: number,
    owner: ClaimOwner,
    decide: (subscription: Subscription) => ClaimDecision,
  ): Promise<{ deliveries: ClaimedDelivery[]; examined: number }>;
  /**
   * Takes over deliveries still `claimed` (never attempted) whose owner is not live or whose
   * claim is older than `rule.staleBefore`; returns them re-claimed by `rule.owner`.
   * Deliveries left `sending` by an owner that is not live, or for longer than the lease, are
   * closed as `unknown`: the send may have gone out, so they are never re-sent.
   */
  reclaimStale(
    rule: TakeoverRule,
    now: Date,
    platforms: readonly Platform[],
    limit: number,
  ): Promise<ClaimedDelivery[]>;
  /** Records that `owner` is alive at `now` (one row per process). */
  beat(owner: ClaimOwner, now: Date): Promise<void>;
  /** Every owner's last heartbeat. */
  listOwners(): Promise<OwnerBeat[]>;
  /** Forgets owners (stopped, or found gone after their claims were taken over). */
  removeOwners(ids: readonly string[]): Promise<void>;
  /**
   * Moves a delivery from `claimed` to `sending` if `claimToken` still owns it.
   * False means another process took it: do not send.
   */
  startSending(deliveryId: string, claimToken: string, now: Date): Promise<boolean>;
  /**
   * Records how a delivery ended. A `sent` post also moves its subscription's rotation one
   * place on (when the subscription is still in the delivery's cycle): a fact counts as used
   * only once posted.
   */
  finishDelivery(deliveryId: string, outcome: DeliveryOutcome, now: Date): Promise<void>;
  /**
   * {@link finishDelivery} for every `finished` and {@link startSending} (at `now`) for every
   * `starting`, in one transaction (one round trip on PostgreSQL). Resolves with the ids of
   * the deliveries now `sending`: only those may be sent.
   */
  recordSends(
    finished: readonly FinishedDelivery[],
    starting: readonly StartingDelivery[],
    now: Date,
  ): Promise<Set<string>>;
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
