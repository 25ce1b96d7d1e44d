/**
 * Sends one claimed daily post and records how it went: the checks before sending, the
 * retries (Retry-After on 429, backoff on transient failures), and the failure streak that
 * pauses a subscription. Exactly once: the delivery moves to `sending` before the first
 * attempt, and an outcome that may have posted is never retried.
 */

import type { Content } from "../content/types.js";
import { factCard } from "../replies/fact-card.js";
import type { Clock } from "../runtime/clock.js";
import type { Logger } from "../runtime/logger.js";
import type { ClaimedDelivery, DailyStore } from "./daily-store.js";
import type { DailyPoster } from "./port.js";
import type { RateLimiter, Sleep } from "./rate-limiter.js";
import { localDateAt } from "./schedule.js";
import type { SendRecorder } from "./send-recorder.js";

/** Permanent failures in a row after which a subscription is paused. */
export const PAUSE_AFTER_FAILURES = 3;
/** Retries of a transient failure (5xx, connection refused), with exponential backoff. */
export const TRANSIENT_RETRIES = 3;
/** Waits on 429 Retry-After before giving up on a post. */
export const RATE_LIMIT_RETRIES = 5;
/** First backoff after a transient failure; doubles each retry. */
export const BACKOFF_MS = 1_000;

/** How a post ended, as the scheduler counts it. */
export type PostOutcome = "sent" | "failed" | "unknown" | "skipped" | "paused";

/** What sending needs besides the post. */
export interface DeliverDeps {
  store: DailyStore;
  content: Content;
  clock: Clock;
  sleep: Sleep;
  logger: Logger;
  /** Where `sending` and outcomes are written (a batching {@link SendRecorder}); the store when omitted. */
  sends?: Pick<DailyStore, "startSending" | "finishDelivery">;
}

/**
 * Sends `claimed` through `poster` within `limiter`. Resolves with the outcome, or undefined
 * when another process took the delivery over first (then it is theirs to send).
 */
export async function deliverPost(
  { delivery, subscription }: ClaimedDelivery,
  poster: DailyPoster,
  limiter: RateLimiter,
  { store, content, clock, sleep, logger, sends = store }: DeliverDeps,
): Promise<PostOutcome | undefined> {
  const now = clock.now();
  const schedule = {
    time: subscription.time,
    timeZone: subscription.timeZone,
    days: subscription.days,
  };
  if (delivery.localDate !== localDateAt(schedule, now)) {
    // A claim left by a dead process on an earlier day: that day is not back-filled.
    await sends.finishDelivery(
      delivery.id,
      { state: "skipped", error: "missed: its day is over" },
      now,
    );
    return "skipped";
  }
  const fact = content.factById.get(delivery.factId);
  if (!fact) {
    await sends.finishDelivery(
      delivery.id,
      { state: "skipped", error: `fact ${delivery.factId} was removed` },
      now,
    );
    return "skipped";
  }
  // The slot in the rate limit comes first: a post waiting its turn is still `claimed`, so a
  // crash now loses nothing (it is taken over); only a send really under way is `sending`.
  await limiter.acquire();
  if (!(await sends.startSending(delivery.id, delivery.claimToken, clock.now()))) return undefined;

  const card = factCard(content, fact, subscription.language ?? poster.defaultLanguage);
  const target = { workspaceId: subscription.workspaceId, channelId: subscription.channelId };
  let transient = 0;
  let limited = 0;
  let maybeSent = false;
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) await limiter.acquire();
    const result = await poster.post(target, card, delivery.id);
    if (result.kind === "transient" && result.maybeSent) maybeSent = true;
    if (result.kind === "rate-limited" && limited++ < RATE_LIMIT_RETRIES) {
      await sleep(result.retryAfterMs);
      continue;
    }
    if (result.kind === "transient" && transient < TRANSIENT_RETRIES) {
      await sleep(BACKOFF_MS * 2 ** transient++);
      continue;
    }
    const at = clock.now();
    if (result.kind === "sent") {
      await sends.finishDelivery(delivery.id, { state: "sent", messageId: result.messageId }, at);
      if (subscription.failureCount > 0) {
        await store.updateHealth(
          subscription.id,
          { failureCount: 0, lastError: null, pausedReason: null, pausedFix: null },
          at,
        );
      }
      return "sent";
    }
    if (result.kind === "unknown") {
      // The post may have gone out: skipping a day beats posting twice.
      await sends.finishDelivery(delivery.id, { state: "unknown", error: result.error }, at);
      logger.warn(
        { subscription: subscription.id, error: result.error },
        "daily post outcome unknown; not retried",
      );
      return "unknown";
    }
    if (result.kind === "permanent") {
      const failures = subscription.failureCount + 1;
      const pause = failures >= PAUSE_AFTER_FAILURES;
      await sends.finishDelivery(delivery.id, { state: "failed", error: result.reason }, at);
      await store.updateHealth(
        subscription.id,
        {
          failureCount: failures,
          lastError: result.reason,
          pausedReason: pause ? result.reason : null,
          pausedFix: pause ? result.fix : null,
        },
        at,
      );
      logger.warn(
        { subscription: subscription.id, reason: result.reason, failures, paused: pause },
        "daily post failed",
      );
      return pause ? "paused" : "failed";
    }
    const error = result.kind === "rate-limited" ? "still rate limited" : result.error;
    // An earlier attempt may have posted (a timeout): say unknown, the honest record.
    const state = maybeSent ? "unknown" : "failed";
    await sends.finishDelivery(delivery.id, { state, error }, at);
    logger.warn({ subscription: subscription.id, error, state }, "daily post failed after retries");
    return state;
  }
}
