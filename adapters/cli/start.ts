/**
 * `ct-bot` / `ct-bot start`: runs the platform adapters the environment configures, or the
 * console bot when none is.
 */
import { type Config, secretsOf } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { runConsoleBot } from "../console/console-bot.js";
import { loadBot } from "./load-bot.js";

/** Starts the bot; resolves when a console session ends. */
export async function start(config: Config): Promise<void> {
  const platforms = [config.slack ? "Slack" : "", config.discord ? "Discord" : ""].filter(Boolean);
  if (platforms.length === 0) {
    // The console bot is for people: keep logs out of the way unless LOG_LEVEL asks for them.
    const logger = createLogger({
      level: config.logLevelSet ? config.logLevel : "error",
      secrets: secretsOf(config),
    });
    const bot = loadBot(config, logger);
    const interactive = process.stdin.isTTY === true;
    process.stderr.write(
      "No Slack or Discord tokens set: starting the console bot (type help, or see README).\n",
    );
    await runConsoleBot(bot, {
      input: process.stdin,
      output: process.stdout,
      interactive,
      color: interactive && process.stdout.isTTY === true && !config.noColor,
    });
    return;
  }
  throw new Error(`${platforms.join(" and ")} adapters are not built yet`);
}
