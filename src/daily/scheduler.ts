/**
 * The daily scheduler: claims the posts that are due, sends them concurrently within each
 * platform's rate limit, and records every outcome. Exactly once per channel and local day:
 * the delivery is recorded (claimed) before anything is sent, and a send whose outcome is
 * unknown is never repeated.
 */

import type { Content } from "../content/types.js";
import type { Clock } from "../runtime/clock.js";
import type { Logger } from "../runtime/logger.js";
import type {
  ClaimDecision,
  ClaimedDelivery,
  DailyStore,
  Platform,
  Subscription,
} from "./daily-store.js";
import { deliverPost } from "./deliver-post.js";
import type { DailyPoster } from "./port.js";
import { createRateLimiter, type RateLimiter, realSleep, type Sleep } from "./rate-limiter.js";
import { nextFact } from "./rotation.js";
import { dueSlotToday, nextSlot } from "./schedule.js";

export {
  BACKOFF_MS,
  PAUSE_AFTER_FAILURES,
  RATE_LIMIT_RETRIES,
  TRANSIENT_RETRIES,
} from "./deliver-post.js";

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
  store: DailyStore;
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

  const deliver = async (claimed: ClaimedDelivery, report: TickReport): Promise<void> => {
    const platform = claimed.subscription.platform;
    const poster = posters.get(platform);
    const limiter = limiters.get(platform);
    if (!poster || !limiter) return;
    const outcome = await deliverPost(claimed, poster, limiter, {
      store,
      content,
      clock,
      sleep,
      logger,
    });
    if (outcome === undefined) return;
    report[outcome]++;
    options.hooks?.onOutcome?.(platform, outcome);
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
