/**
 * The daily scheduler: claims the posts that are due, sends them concurrently within each
 * platform's rate limit, and records every outcome. Exactly once per channel and local day:
 * the delivery is recorded (claimed) before anything is sent, and a send whose outcome is
 * unknown is never repeated.
 */

import type { Content } from "../content/types.js";
import type { Clock } from "../runtime/clock.js";
import type { Logger } from "../runtime/logger.js";
import { createOwner, liveOwnerIds, OWNER_BEAT_MS, STALE_CLAIM_MS } from "./claim-owner.js";
import type { ClaimedDelivery, ClaimOwner, DailyStore, Platform } from "./daily-store.js";
import { decideDue } from "./decide-due.js";
import { deliverPost } from "./deliver-post.js";
import { type MinuteTicker, startMinuteTicker, type Wait } from "./minute-ticker.js";
import type { DailyPoster } from "./port.js";
import { createRateLimiter, type RateLimiter, realSleep, type Sleep } from "./rate-limiter.js";
import { createSendRecorder } from "./send-recorder.js";

export { OWNER_LEASE_MS, STALE_CLAIM_MS } from "./claim-owner.js";
export { decideDue } from "./decide-due.js";
export {
  BACKOFF_MS,
  PAUSE_AFTER_FAILURES,
  RATE_LIMIT_RETRIES,
  TRANSIENT_RETRIES,
} from "./deliver-post.js";

/** Subscriptions claimed per store round trip. */
export const CLAIM_BATCH = 200;
/** Longest run of store work between two yields to the event loop, in ms. */
export const YIELD_EVERY_MS = 10;
/**
 * Senders per platform; the rate limiter sets the pace. A sender waits for its slot while the
 * post is still `claimed`, so only sends really under way are `sending` (what a crash leaves
 * unknown): about rate × request time, and never more than this. Each post waits for its
 * `sending` commit, so senders also bound the store's pace: with posts answered at once, a
 * 100k tick on PostgreSQL took 24.6 s with 16 senders and 17.4 s with 32 on one bench machine,
 * and 21.9–23.5 s with 32 and 18.9–19.7 s with 64 (three alternated runs) on a slower one
 * (bench/daily-store-bench.ts). A batch of 200 claimed posts then goes out in 4 waves of
 * `sending` commits instead of 7. 64 also keeps Discord's 45/s when a post takes up to 1.4 s.
 */
export const SEND_CONCURRENCY = 64;

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
  /** Waits between ticks (tests pass one that moves a manual clock). */
  wait?: Wait;
  /** This process as a claim owner; a fresh one when omitted. */
  owner?: ClaimOwner;
  /** Sends in flight per platform; {@link SEND_CONCURRENCY} when omitted. A crash can leave this many posts unknown. */
  sendConcurrency?: number;
  /** Whether a process id runs on this host; tests may pass their own. */
  isAlive?: (pid: number) => boolean;
  hooks?: SchedulerHooks;
}

/** The scheduler. */
export interface Scheduler {
  /** Takes over orphaned claims, then posts everything due now; resolves when every claimed post has an outcome. */
  tick(): Promise<TickReport>;
  /** Ticks now, then at every minute boundary, and keeps the owner's heartbeat, until stopped. */
  start(): void;
  /** Stops ticking, waits for the tick in progress, and retires this owner. */
  stop(): Promise<void>;
}

/**
 * Creates the scheduler.
 *
 * @example
 * const scheduler = createScheduler({ store, content, clock: systemClock, posters, logger });
 * scheduler.start();
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { store, content, clock, logger } = options;
  const sleep = options.sleep ?? realSleep;
  const posters = new Map(options.posters.map((p) => [p.platform, p]));
  const sends = createSendRecorder(store, clock, logger);
  // Before a limiter waits for the next slot, the sends holding earlier slots go out.
  const slotSleep: Sleep = async (ms) => {
    await sends.settle();
    await sleep(ms);
  };
  const limiters = new Map<Platform, RateLimiter>(
    options.posters.map((p) => [p.platform, createRateLimiter(p.rateLimit, clock, slotSleep)]),
  );
  const platforms = [...posters.keys()];
  const owner = options.owner ?? createOwner();
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
      sends,
    });
    if (outcome === undefined) return;
    report[outcome]++;
    options.hooks?.onOutcome?.(platform, outcome);
  };

  // Store calls that answer at once (SQLite) never leave the microtask queue: yield to the
  // event loop every few milliseconds so requests are answered during a long fan-out.
  let lastYield = performance.now();
  const yieldIfBusy = async () => {
    if (performance.now() - lastYield < YIELD_EVERY_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    lastYield = performance.now();
  };

  const fanOut = async (claimed: ClaimedDelivery[], report: TickReport) => {
    const queue = [...claimed];
    const worker = async () => {
      // Once stopping, claims not yet started stay `claimed`: a replica or the next start
      // sends them when the claim goes stale, so shutting down loses no post.
      for (let next = queue.shift(); next && !stopped; next = queue.shift()) {
        try {
          await yieldIfBusy();
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
        {
          length: Math.min(
            (options.sendConcurrency ?? SEND_CONCURRENCY) * Math.max(1, platforms.length),
            queue.length,
          ),
        },
        worker,
      ),
    );
    // Outcomes are written behind the senders: every one is committed before the tick ends.
    await sends.flush();
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
    await store.beat(owner, now);
    // Claims of owners that are gone are taken over at once; any claim after the lease.
    const owners = await store.listOwners();
    const live = liveOwnerIds(owners, owner, now, options.isAlive);
    const rule = { staleBefore: new Date(now.getTime() - STALE_CLAIM_MS), liveOwners: live, owner };
    for (;;) {
      const taken = await store.reclaimStale(rule, now, platforms, CLAIM_BATCH);
      report.claimed += taken.length;
      await fanOut(taken, report);
      if (taken.length < CLAIM_BATCH || stopped) break;
    }
    const gone = owners.filter((o) => !live.includes(o.id)).map((o) => o.id);
    if (gone.length > 0) await store.removeOwners(gone);
    const claim = () => {
      const at = clock.now();
      return store.claimDue(at, platforms, CLAIM_BATCH, owner, decideDue(content, at));
    };
    // The next batch is claimed while this one is sent: the store's round trips overlap the sends.
    for (let next = claim(); ; ) {
      const { deliveries, examined } = await next;
      report.claimed += deliveries.length;
      const more = examined >= CLAIM_BATCH && !stopped;
      if (more) {
        next = claim();
        // Awaited on the next turn; marked handled now so a failure is not an unhandled rejection.
        next.catch(() => undefined);
      }
      await fanOut(deliveries, report);
      if (!more) break;
      // Let requests waiting on the event loop in between batches.
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
    if (report.claimed > 0) logger.info({ ...report }, "daily tick");
    return report;
  };

  let ticker: MinuteTicker | undefined;
  let beating: NodeJS.Timeout | undefined;
  return {
    tick,
    start() {
      stopped = false;
      ticker = startMinuteTicker(tick, {
        clock,
        ...(options.wait ? { wait: options.wait } : {}),
        onError: (error) => logger.error({ err: error }, "daily tick failed"),
      });
      // The heartbeat runs apart from ticks: a long fan-out must not look like a dead owner.
      beating = setInterval(() => {
        store
          .beat(owner, clock.now())
          .catch((error: unknown) => logger.warn({ err: error }, "daily heartbeat failed"));
      }, OWNER_BEAT_MS).unref();
    },
    async stop() {
      stopped = true;
      clearInterval(beating);
      await ticker?.stop();
      // Claims this process left unsent are taken over at once by the next scheduler.
      await store.removeOwners([owner.id]).catch(() => undefined);
    },
  };
}
