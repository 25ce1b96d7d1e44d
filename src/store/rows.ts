/**
 * Row mapping shared by the SQLite and PostgreSQL stores (same columns in both).
 */
import type { DailyDays } from "../daily/daily-options.js";
import type {
  Delivery,
  DeliveryState,
  OwnerBeat,
  Platform,
  Subscription,
} from "../daily/daily-store.js";

import { type Language, languageOfLocale } from "../i18n/language.js";

/** A database row, column name to value. */
export type Row = Record<string, unknown>;

function date(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** Maps a subscriptions row (either database) to a {@link Subscription}. */
export function toSubscription(row: Row): Subscription {
  return {
    id: String(row.id),
    platform: String(row.platform) as Platform,
    workspaceId: String(row.workspace_id),
    channelId: String(row.channel_id),
    time: String(row.time),
    timeZone: String(row.time_zone),
    days: String(row.days) as DailyDays,
    active: Boolean(row.active),
    createdBy: String(row.created_by),
    createdAt: date(row.created_at),
    updatedAt: date(row.updated_at),
    nextPostAt: row.next_post_at === null ? null : date(row.next_post_at),
    pausedReason: row.paused_reason === null ? null : String(row.paused_reason),
    pausedFix: row.paused_fix === null ? null : String(row.paused_fix),
    failureCount: Number(row.failure_count),
    lastError: row.last_error === null ? null : String(row.last_error),
    seed: String(row.seed),
    cycle: Number(row.cycle),
    position: Number(row.position ?? 0),
    cycleSize: Number(row.cycle_size ?? 0),
    ...languageField(row.language),
  };
}

/** `{ language }` for a stored language ct-bot still speaks; `{}` for NULL (platform default). */
function languageField(value: unknown): { language?: Language } {
  const language = typeof value === "string" ? languageOfLocale(value) : undefined;
  return language === undefined ? {} : { language };
}

/** Maps a deliveries row (either database) to a {@link Delivery}. */
export function toDelivery(row: Row): Delivery {
  return {
    id: String(row.id),
    subscriptionId: String(row.subscription_id),
    localDate: String(row.local_date),
    factId: String(row.fact_id),
    cycle: Number(row.cycle),
    state: String(row.state) as DeliveryState,
    attempts: Number(row.attempts),
    messageId: row.message_id === null ? null : String(row.message_id),
    error: row.error === null ? null : String(row.error),
    claimToken: String(row.claim_token),
    owner: row.owner === null || row.owner === undefined ? null : String(row.owner),
    claimedAt: date(row.claimed_at),
    updatedAt: date(row.updated_at),
  };
}

/** Maps a heartbeats row (either database) to an {@link OwnerBeat}. */
export function toOwnerBeat(row: Row): OwnerBeat {
  return {
    id: String(row.id),
    host: String(row.host),
    pid: Number(row.pid),
    beatAt: date(row.beat_at),
  };
}
