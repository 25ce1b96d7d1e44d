/**
 * What every platform adapter gets and gives back, so start-up treats Slack and Discord alike.
 */

import type { Bot } from "../src/commands/create-bot.js";
import type { Config } from "../src/config.js";
import type { DailyStore } from "../src/daily/daily-store.js";
import type { DailyPoster } from "../src/daily/port.js";
import type { HttpRoutes, ReadinessCheck } from "../src/runtime/http.js";
import type { Logger } from "../src/runtime/logger.js";

/**
 * What a platform adapter is started with. `P` is the adapter's own part of the configuration
 * (e.g. `{ slack?: SlackConfig }`); `S` the parts of the store it uses, so a platform without
 * installations never sees them.
 */
export interface PlatformDeps<P extends object = object, S = DailyStore> {
  config: Config & P;
  bot: Bot;
  logger: Logger;
  /** The shared server on PORT; adapters add their routes before it listens. */
  http: HttpRoutes;
  /** The store, when one is open (daily posts, seen events, Slack installations). */
  store?: S;
}

/** A running platform adapter. */
export interface PlatformRuntime {
  name: "slack" | "discord";
  /** True once connected (gateway/socket up) or, for HTTP modes, once routes are served. */
  isReady(): boolean;
  /** Stops taking new work, finishes what is in flight, disconnects. */
  stop(): Promise<void>;
  /** How the scheduler posts daily facts on this platform, when it can. */
  poster?: DailyPoster;
}

/**
 * Serves /healthz and /readyz (ready when every check passes) on `port`, for a process that
 * runs no adapter itself (the shard supervisor). Given by the composition root.
 */
export type ServeHealth = (
  checks: readonly ReadinessCheck[],
  port: number,
  logger: Logger,
) => Promise<{ port: number; close(): Promise<void> }>;

/** What a CLI subcommand gets: the streams it writes to, and services of the composition root. */
export interface CliIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  serveHealth?: ServeHealth;
}
