/**
 * Runs the daily scheduler once the store is open, over the platforms connected so far: each
 * time another platform connects, the scheduler restarts with its poster added. Claims are
 * atomic, so any process could run it; in a Discord shard set only shard 0 does.
 */

import type { PlatformRuntime } from "../../adapters/platform.js";
import type { Content } from "../../src/content/types.js";
import { createScheduler, type Scheduler } from "../../src/daily/scheduler.js";
import { systemClock } from "../../src/runtime/clock.js";
import type { Logger } from "../../src/runtime/logger.js";
import type { Metrics } from "../../src/runtime/metrics.js";
import type { Store } from "../../src/store/store.js";

/** What the runner needs. */
export interface DailyRunnerOptions {
  store: Store;
  content: Content;
  logger: Logger;
  metrics: Metrics;
  /** The Discord shard this process runs, if any. */
  shard: { id: number } | undefined;
}

/** The scheduler as start-up drives it. */
export interface DailyRunner {
  /** Starts (or restarts) the scheduler when the store is open, over `runtimes`' posters. */
  update(storeOpen: boolean, runtimes: readonly PlatformRuntime[]): void;
  stop(): Promise<void>;
}

/** Creates the runner; nothing ticks until {@link DailyRunner.update} says the store is open. */
export function createDailyRunner(options: DailyRunnerOptions): DailyRunner {
  const { store, content, logger, metrics } = options;
  let scheduler: Scheduler | undefined;
  let stopped = false;
  return {
    update(storeOpen, runtimes) {
      if (!storeOpen || stopped || (options.shard?.id ?? 0) !== 0) return;
      const posters = runtimes.flatMap((r) => (r.poster ? [r.poster] : []));
      if (posters.length === 0) return;
      const previous = scheduler;
      scheduler = createScheduler({
        store,
        content,
        clock: systemClock,
        posters,
        logger,
        hooks: { onOutcome: (platform, outcome) => metrics.dailyPost(platform, outcome) },
      });
      const next = scheduler;
      void (previous?.stop() ?? Promise.resolve()).then(() => {
        if (!stopped && scheduler === next) next.start();
      });
    },
    async stop() {
      stopped = true;
      await scheduler?.stop();
    },
  };
}
