/**
 * The daily scheduler: claims the posts that are due, sends them concurrently within each
 * platform's rate limit, and records every outcome. Exactly once per channel and local day:
 * the delivery is recorded (claimed) before anything is sent, and a send whose outcome is
 * unknown is never repeated.
 */
import type { Clock } from "../clock.js";
import { factCard } from "../commands/fact.js";
import type { Content } from "../content/types.js";
import type { Logger } from "../logger.js";
import type {
  ClaimDecision,
  ClaimedDelivery,
  Platform,
  Store,
  Subscription,
} from "../store/store.js";
import type { DailyPoster } from "./daily-port.js";
import { createRateLimiter, type RateLimiter, realSleep, type Sleep } from "./rate-limiter.js";
import { nextFact } from "./rotation.js";
import { dueSlotToday, localDateAt, nextSlot } from "./schedule.js";

/** Permanent failures in a row after which a subscription is paused. */
export const PAUSE_AFTER_FAILURES = 3;
/** Retries of a transient failure (5xx, connection refused), with exponential backoff. */
export const TRANSIENT_RETRIES = 3;
/** Waits on 429 Retry-After before giving up on a post. */
export const RATE_LIMIT_RETRIES = 5;
/** First backoff after a transient failure; doubles each retry. */
export const BACKOFF_MS = 1_000;
/** A claim never attempted for this long belongs to a process that died: take it over. */
export const STALE_CLAIM_MS = 5 * 60_000;
/** Subscriptions claimed per store round trip. */
export const CLAIM_BATCH = 200;
/** Sends in flight per platform (the rate limiter sets the pace). */
export const SEND_CONCURRENCY = 16;

/** Counts from one tick. */
export interface TickReport {
  claimed: number;
  sent: number;
  failed: number;
  unknown: number;
  skipped: number;
  paused: number;
}

/** Observes deliveries (metrics); all optional. */
export interface SchedulerHooks {
  onOutcome?(
    platform: Platform,
    outcome: "sent" | "failed" | "unknown" | "skipped" | "paused",
  ): void;
}

/** What the scheduler is built from. */
export interface SchedulerOptions {
  store: Store;
  content: Content;
  clock: Clock;
  posters: readonly DailyPoster[];
  logger: Logger;
  sleep?: Sleep;
  hooks?: SchedulerHooks;
}

/** The scheduler. */
export interface Scheduler {
  /** Posts everything due now; resolves when every claimed post has an outcome. */
  tick(): Promise<TickReport>;
  /** Ticks every `intervalMs` until stopped. */
  start(intervalMs: number): void;
  /** Stops ticking and waits for the tick in progress. */
  stop(): Promise<void>;
}

/** The scheduler's decision for a due subscription: post today's fact, or move on. */
export function decideDue(content: Content, now: Date) {
  const factIds = content.facts.map((f) => f.id);
  return (subscription: Subscription, used: ReadonlySet<string>): ClaimDecision => {
    const schedule = {
      time: subscription.time,
      timeZone: subscription.timeZone,
      days: subscription.days,
    };
    const nextPostAt = nextSlot(schedule, now).at;
    const slot = dueSlotToday(schedule, now);
    const pick = slot
      ? nextFact(factIds, { seed: subscription.seed, cycle: subscription.cycle, used })
      : undefined;
    if (!slot || !pick) return { deliver: null, nextPostAt };
    return {
      deliver: { localDate: slot.localDate, factId: pick.factId, cycle: pick.cycle },
      nextPostAt,
    };
  };
}

/**
 * Creates the scheduler.
 *
 * @example
 * const scheduler = createScheduler({ store, content, clock: systemClock, posters, logger });
 * scheduler.start(30_000);
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { store, content, clock, logger } = options;
  const sleep = options.sleep ?? realSleep;
  const posters = new Map(options.posters.map((p) => [p.platform, p]));
  const limiters = new Map<Platform, RateLimiter>(
    options.posters.map((p) => [p.platform, createRateLimiter(p.rateLimit, clock, sleep)]),
  );
  const platforms = [...posters.keys()];
  let stopped = false;

  const deliver = async (
    { delivery, subscription }: ClaimedDelivery,
    report: TickReport,
  ): Promise<void> => {
    const outcome = (
      kind: keyof TickReport & ("sent" | "failed" | "unknown" | "skipped" | "paused"),
    ) => {
      report[kind]++;
      options.hooks?.onOutcome?.(subscription.platform, kind);
    };
    const poster = posters.get(subscription.platform);
    const limiter = limiters.get(subscription.platform);
    if (!poster || !limiter) return;
    const now = clock.now();
    const schedule = {
      time: subscription.time,
      timeZone: subscription.timeZone,
      days: subscription.days,
    };
    if (delivery.localDate !== localDateAt(schedule, now)) {
      // A claim left by a dead process on an earlier day: that day is not back-filled.
      await store.finishDelivery(
        delivery.id,
        { state: "skipped", error: "missed: its day is over" },
        now,
      );
      return outcome("skipped");
    }
    const fact = content.factById.get(delivery.factId);
    if (!fact) {
      await store.finishDelivery(
        delivery.id,
        { state: "skipped", error: `fact ${delivery.factId} was removed` },
        now,
      );
      return outcome("skipped");
    }
    if (!(await store.startSending(delivery.id, delivery.claimToken, clock.now()))) return;

    const card = factCard(content, fact);
    const target = { workspaceId: subscription.workspaceId, channelId: subscription.channelId };
    let transient = 0;
    let limited = 0;
    let maybeSent = false;
    for (;;) {
      await limiter.acquire();
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
        await store.finishDelivery(delivery.id, { state: "sent", messageId: result.messageId }, at);
        if (subscription.failureCount > 0) {
          await store.updateHealth(
            subscription.id,
            { failureCount: 0, lastError: null, pausedReason: null, pausedFix: null },
            at,
          );
        }
        return outcome("sent");
      }
      if (result.kind === "unknown") {
        // The post may have gone out: skipping a day beats posting twice.
        await store.finishDelivery(delivery.id, { state: "unknown", error: result.error }, at);
        logger.warn(
          { subscription: subscription.id, error: result.error },
          "daily post outcome unknown; not retried",
        );
        return outcome("unknown");
      }
      if (result.kind === "permanent") {
        const failures = subscription.failureCount + 1;
        const pause = failures >= PAUSE_AFTER_FAILURES;
        await store.finishDelivery(delivery.id, { state: "failed", error: result.reason }, at);
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
        return outcome(pause ? "paused" : "failed");
      }
      const error = result.kind === "rate-limited" ? "still rate limited" : result.error;
      // An earlier attempt may have posted (a timeout): say unknown, the honest record.
      const state = maybeSent ? "unknown" : "failed";
      await store.finishDelivery(delivery.id, { state, error }, at);
      logger.warn(
        { subscription: subscription.id, error, state },
        "daily post failed after retries",
      );
      return outcome(state);
    }
  };

  const fanOut = async (claimed: ClaimedDelivery[], report: TickReport) => {
    const queue = [...claimed];
    const worker = async () => {
      // Once stopping, claims not yet started stay `claimed`: a replica or the next start
      // sends them when the claim goes stale, so shutting down loses no post.
      for (let next = queue.shift(); next && !stopped; next = queue.shift()) {
        try {
          await deliver(next, report);
        } catch (error) {
          // A store error mid-send leaves the row in `sending`: unknown, so never re-sent.
          logger.error(
            { err: error, subscription: next.subscription.id },
            "daily delivery crashed",
          );
          report.failed++;
        }
      }
    };
    await Promise.all(
      Array.from(
        { length: Math.min(SEND_CONCURRENCY * Math.max(1, platforms.length), queue.length) },
        worker,
      ),
    );
  };

  const tick = async (): Promise<TickReport> => {
    const report: TickReport = {
      claimed: 0,
      sent: 0,
      failed: 0,
      unknown: 0,
      skipped: 0,
      paused: 0,
    };
    if (platforms.length === 0) return report;
    const now = clock.now();
    const stale = await store.reclaimStale(
      new Date(now.getTime() - STALE_CLAIM_MS),
      now,
      platforms,
      CLAIM_BATCH,
    );
    report.claimed += stale.length;
    await fanOut(stale, report);
    for (;;) {
      const { deliveries, examined } = await store.claimDue(
        clock.now(),
        platforms,
        CLAIM_BATCH,
        decideDue(content, clock.now()),
      );
      report.claimed += deliveries.length;
      await fanOut(deliveries, report);
      if (examined < CLAIM_BATCH || stopped) break;
    }
    if (report.claimed > 0) logger.info({ ...report }, "daily tick");
    return report;
  };

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  return {
    tick,
    start(intervalMs) {
      // Each tick schedules the next once it is done, so ticks never overlap.
      const run = () => {
        running = tick()
          .catch((error: unknown) => logger.error({ err: error }, "daily tick failed"))
          .finally(() => {
            if (!stopped) timer = setTimeout(run, intervalMs).unref();
          });
      };
      stopped = false;
      run();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
