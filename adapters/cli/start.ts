/**
 * `ct-bot` / `ct-bot start`: runs the platform adapters the environment configures, or the
 * console bot when none is.
 */
import { type Config, secretsOf } from "../../src/config.js";
import { createLogger, type Logger } from "../../src/logger.js";
import { runConsoleBot } from "../console/console-bot.js";
import { startDiscord } from "../discord/start-discord.js";
import { createHttpServer } from "../http/http-server.js";
import type { PlatformRuntime } from "../platform.js";
import { startSlack } from "../slack/start-slack.js";
import { loadBot } from "./load-bot.js";

/** How long a graceful shutdown may take before the process exits anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** Starts the bot; resolves when a console session ends or platforms are up. */
export async function start(config: Config): Promise<void> {
  if (!config.slack && !config.discord) return startConsole(config);

  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  const bot = loadBot(config, logger);
  const http = createHttpServer(logger);
  const runtimes: PlatformRuntime[] = [];
  if (config.slack) runtimes.push(await startSlack({ config, bot, logger, http }));
  if (config.discord) runtimes.push(await startDiscord({ config, bot, logger, http }));
  const port = await http.listen(config.port);
  logger.info({ port, platforms: runtimes.map((r) => r.name) }, "ct-bot is running");
  stopOnSignals(logger, async () => {
    await http.close();
    await Promise.allSettled(runtimes.map((r) => r.stop()));
  });
}

async function startConsole(config: Config): Promise<void> {
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
}

/** On SIGTERM or SIGINT: stop taking work, finish what is in flight, exit within the grace period. */
function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const deadline = setTimeout(() => {
      logger.warn("shutdown took too long; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    deadline.unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
