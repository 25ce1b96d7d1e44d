/**
 * Reloads content without a restart: on SIGHUP, and when CONTENT_WATCH=1 on any change under
 * the content folders (debounced). New content is read and validated in full, then swapped
 * into the bot at once; invalid content leaves the running content in place, every problem
 * is logged, and {@link ContentReloader.stale} says so (reported by /readyz).
 */
import { type FSWatcher, watch } from "node:fs";
import type { Bot } from "../src/commands/create-bot.js";
import type { Config } from "../src/config.js";
import { defaultContentDir } from "../src/content/content-dir.js";
import { ContentError, formatContentIssue } from "../src/runtime/errors.js";
import type { Logger } from "../src/runtime/logger.js";
import { loadConfiguredContent } from "./load-bot.js";

/**
 * Quiet time after the last file change before reloading, in milliseconds: an editor's save
 * or a `content import` writes several files in a burst, and one reload should read them all.
 */
export const CONTENT_WATCH_DEBOUNCE_MS = 300;

/** What a reload did. */
export type ReloadOutcome = "reloaded" | "kept";

/** The reloader of a running bot. */
export interface ContentReloader {
  /** Reads, validates and swaps in the content now; "kept" when it was invalid. */
  reload(reason: string): ReloadOutcome;
  /** True while the last reload failed: the bot answers from older content than the files. */
  readonly stale: boolean;
  /** Stops listening for SIGHUP and file changes. */
  stop(): void;
}

/** What the reloader needs. */
export interface ContentReloaderOptions {
  config: Config;
  bot: Bot;
  logger: Logger;
  /**
   * Told after each reload, with its outcome and, when the content was kept, how many problems
   * the new content has: the console tells its person, whose log level hides the log lines.
   */
  onReload?(outcome: ReloadOutcome, problems: number): void;
}

/**
 * Starts listening for SIGHUP (and file changes when `config.contentWatch`).
 *
 * @example
 * const reloader = createContentReloader({ config, bot, logger });
 * // kill -HUP <pid>  →  "content reloaded"
 */
export function createContentReloader(options: ContentReloaderOptions): ContentReloader {
  const { config, bot, logger } = options;
  let stale = false;
  let timer: NodeJS.Timeout | undefined;
  const watchers: FSWatcher[] = [];

  const reload = (reason: string): ReloadOutcome => {
    try {
      bot.setContent(loadConfiguredContent(config, logger));
      stale = false;
      logger.info({ reason }, "content reloaded");
      options.onReload?.("reloaded", 0);
      return "reloaded";
    } catch (error) {
      stale = true;
      const issues = error instanceof ContentError ? error.issues : [];
      for (const issue of issues)
        logger.error({ problem: formatContentIssue(issue) }, "content problem");
      if (issues.length === 0) logger.error({ err: error }, "content could not be read");
      logger.error(
        { reason, problems: issues.length },
        "content invalid: still answering from the content loaded before",
      );
      options.onReload?.("kept", issues.length);
      return "kept";
    }
  };
  const onSignal = () => {
    reload("SIGHUP");
  };
  process.on("SIGHUP", onSignal);

  if (config.contentWatch) {
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => reload("files changed"), CONTENT_WATCH_DEBOUNCE_MS);
    };
    for (const dir of config.contentDirs ?? [defaultContentDir()]) {
      try {
        const watcher = watch(dir, { recursive: true }, onChange);
        // A folder removed while watched: say so, keep the running content.
        watcher.on("error", (error) => logger.warn({ err: error, dir }, "content watch stopped"));
        watchers.push(watcher);
      } catch (error) {
        logger.warn({ err: error, dir }, "cannot watch the content folder; SIGHUP still reloads");
      }
    }
    logger.info({ dirs: watchers.length }, "watching content for changes");
  }

  return {
    reload,
    get stale() {
      return stale;
    },
    stop() {
      process.off("SIGHUP", onSignal);
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
