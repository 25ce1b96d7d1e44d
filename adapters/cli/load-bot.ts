/**
 * Builds the bot from configuration: loads and validates content, builds the index.
 */

import { type Bot, createBot } from "../../src/commands/create-bot.js";
import type { Config } from "../../src/config.js";
import { defaultContentDir } from "../../src/content/content-dir.js";
import { loadContent } from "../../src/content/load-content.js";
import type { Logger } from "../../src/logger.js";

/** Loads content (throws ContentError when invalid) and creates the bot. */
export function loadBot(config: Config, logger: Logger): Bot {
  const dirs = config.contentDirs ?? [defaultContentDir()];
  const started = performance.now();
  const content = loadContent(dirs);
  const bot = createBot({ content, logger });
  logger.info(
    {
      passages: content.passages.length,
      facts: content.facts.length,
      ms: Math.round(performance.now() - started),
    },
    "content loaded and indexed",
  );
  return bot;
}
