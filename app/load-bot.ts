/**
 * Builds the bot from configuration: loads and validates content, builds the index.
 */
import { type Bot, createBot } from "../src/commands/create-bot.js";
import type { Config } from "../src/config.js";
import { defaultContentDir } from "../src/content/content-dir.js";
import { loadContent } from "../src/content/load-content.js";
import { withSourcePages } from "../src/content/source-pages.js";
import type { Content } from "../src/content/types.js";
import type { Logger } from "../src/runtime/logger.js";

/**
 * Loads the configured content folders, with source page links when PUBLIC_URL is set;
 * throws ContentError when invalid.
 */
export function loadConfiguredContent(config: Config, logger: Logger): Content {
  const started = performance.now();
  const content = withSourcePages(
    loadContent(config.contentDirs ?? [defaultContentDir()]),
    config.publicUrl,
  );
  logger.info(
    {
      sources: content.sources.length,
      passages: content.passages.length,
      facts: content.facts.length,
      ms: Math.round(performance.now() - started),
    },
    "content loaded",
  );
  return content;
}

/**
 * Loads content and creates a bot without daily posts (the console bot and `ask`). Its search
 * index is built on first use: `help` answers without it.
 */
export function loadBot(config: Config, logger: Logger): Bot {
  return createBot({ content: loadConfiguredContent(config, logger), logger, deferIndex: true });
}
