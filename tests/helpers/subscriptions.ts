/**
 * Builds subscriptions for store and scheduler tests.
 */
import { type Platform, type Subscription, subscriptionId } from "../../src/daily/daily-store.js";

/** A running subscription for channel `channelId`, overridable field by field. */
export function aSubscription(
  channelId: string,
  overrides: Partial<Subscription> = {},
): Subscription {
  const platform: Platform = overrides.platform ?? "slack";
  const workspaceId = overrides.workspaceId ?? "T1";
  const now = new Date("2026-11-20T00:00:00Z");
  return {
    id: subscriptionId(platform, workspaceId, channelId),
    platform,
    workspaceId,
    channelId,
    time: "09:00",
    timeZone: "Europe/Paris",
    days: "everyday",
    active: true,
    createdBy: "U1",
    createdAt: now,
    updatedAt: now,
    nextPostAt: null,
    pausedReason: null,
    pausedFix: null,
    failureCount: 0,
    lastError: null,
    seed: `seed-${channelId}`,
    cycle: 0,
    position: 0,
    cycleSize: 0,
    ...overrides,
  };
}
