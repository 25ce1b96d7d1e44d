/**
 * What every platform adapter gets and gives back, so start-up treats Slack and Discord alike.
 */

import type { HttpServer } from "../app/http/http-server.js";
import type { Bot } from "../src/commands/create-bot.js";
import type { Config } from "../src/config.js";
import type { DailyPoster } from "../src/daily/port.js";
import type { Logger } from "../src/runtime/logger.js";
import type { Store } from "../src/store/store.js";

/** What a platform adapter is started with. */
export interface PlatformDeps {
  config: Config;
  bot: Bot;
  logger: Logger;
  /** The shared server on PORT; adapters add their routes before it listens. */
  http: HttpServer;
  /** The store, when one is open (daily posts, shared retry dedupe, Slack installations). */
  store?: Store;
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

/** Streams a CLI subcommand writes to. */
export interface CliIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}
