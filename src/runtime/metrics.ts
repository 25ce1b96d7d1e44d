/**
 * Prometheus metrics (prom-client), one registry per process. Counts what operators need and
 * nothing people typed: a search that found nothing is a count, never its query text.
 */
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { Platform } from "../daily/daily-store.js";
import type { Store } from "../store/store.js";

/** The metrics a running bot updates. */
export interface Metrics {
  readonly registry: Registry;
  /** One answered command: name, outcome (ok, notice, error) and latency in seconds. */
  command(platform: string, command: string, outcome: string, seconds: number): void;
  /** A search that found nothing: shows content gaps without keeping what was typed. */
  emptySearch(platform: string): void;
  /** A daily delivery's outcome. */
  dailyPost(
    platform: Platform,
    outcome: "sent" | "failed" | "unknown" | "skipped" | "paused",
  ): void;
  /** Wraps a store so each call's latency is observed. */
  timeStore(store: Store): Store;
}

/**
 * Creates the registry and the metrics.
 *
 * @example
 * const metrics = createMetrics();
 * http.route("GET", "/metrics", metricsHandler(metrics.registry));
 */
export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false)
    collectDefaultMetrics({ register: registry, prefix: "ctbot_" });
  const commands = new Counter({
    name: "ctbot_commands_total",
    help: "Commands answered, by platform, command and outcome.",
    labelNames: ["platform", "command", "outcome"],
    registers: [registry],
  });
  const latency = new Histogram({
    name: "ctbot_reply_seconds",
    help: "Time to build a reply, by platform and command.",
    labelNames: ["platform", "command"],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const empty = new Counter({
    name: "ctbot_searches_without_results_total",
    help: "Searches that found nothing (the query text is not kept).",
    labelNames: ["platform"],
    registers: [registry],
  });
  const daily = new Counter({
    name: "ctbot_daily_posts_total",
    help: "Daily fact deliveries, by platform and outcome (sent, failed, unknown, skipped, paused).",
    labelNames: ["platform", "outcome"],
    registers: [registry],
  });
  const storeLatency = new Histogram({
    name: "ctbot_store_seconds",
    help: "Store call latency, by store and operation.",
    labelNames: ["store", "operation"],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [registry],
  });

  return {
    registry,
    command(platform, command, outcome, seconds) {
      commands.inc({ platform, command, outcome });
      latency.observe({ platform, command }, seconds);
    },
    emptySearch(platform) {
      empty.inc({ platform });
    },
    dailyPost(platform, outcome) {
      daily.inc({ platform, outcome });
    },
    timeStore(store) {
      return new Proxy(store, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver) as unknown;
          if (typeof value !== "function" || typeof property !== "string") return value;
          return (...args: unknown[]) => {
            const end = storeLatency.startTimer({ store: target.kind, operation: property });
            const result = (value as (...a: unknown[]) => unknown).apply(target, args);
            if (result instanceof Promise) return result.finally(() => end());
            end();
            return result;
          };
        },
      });
    },
  };
}
