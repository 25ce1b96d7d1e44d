/**
 * `ct-bot` / `ct-bot start`: runs the platform adapters the environment configures, or the
 * console bot when none is. With a platform: the store, the daily scheduler, and the HTTP
 * server (health, readiness, metrics, Slack events, Discord interactions) on PORT.
 */

import { runConsoleBot } from "../adapters/console/console-bot.js";
import type { PlatformRuntime } from "../adapters/platform.js";
import { createLogger, type Logger } from "../src/runtime/logger.js";
import { type AppConfig, secretsOf } from "./config.js";
import { loadBot, loadConfiguredContent } from "./load-bot.js";

/** How long a graceful shutdown may take before the process exits anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** How often the daily scheduler looks for due posts. */
export const DAILY_TICK_MS = 30_000;

/** Starts the bot; resolves when a console session ends or the platforms are up. */
export async function start(config: AppConfig): Promise<void> {
  if (!config.slack && !config.discord) return startConsole(config);

  // Loaded here, not at the top: the console path must not pay for Bolt, discord.js, the
  // store drivers or prom-client (issue 12, cold start).
  const [
    { createBot },
    { createDailyService },
    { createScheduler },
    { systemClock },
    { createMetrics },
    { openStore },
    { addHealthRoutes },
    { createHttpServer },
  ] = await Promise.all([
    import("../src/commands/create-bot.js"),
    import("../src/daily/daily-service.js"),
    import("../src/daily/scheduler.js"),
    import("../src/runtime/clock.js"),
    import("../src/runtime/metrics.js"),
    import("../src/store/create-store.js"),
    import("./http/health-routes.js"),
    import("./http/http-server.js"),
  ]);
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  const content = loadConfiguredContent(config, logger);
  const metrics = createMetrics();
  const store = metrics.timeStore(await openStore(config));
  const bot = createBot({
    content,
    logger,
    daily: createDailyService({ store, content, clock: systemClock }),
    observe: (event) => {
      metrics.command(event.platform, event.command, event.outcome, event.seconds);
      if (event.emptySearch) metrics.emptySearch(event.platform);
    },
  });
  const http = createHttpServer(logger);
  const runtimes: PlatformRuntime[] = [];
  const deps = { config, bot, logger, http, store };
  // A shard process (ct-bot discord shards) runs one slice of the Discord gateway only.
  if (config.slack && config.discord?.shard)
    logger.warn("Slack runs outside Discord shard processes; start it separately");
  if (config.slack && !config.discord?.shard) {
    const { startSlack } = await import("../adapters/slack/index.js");
    runtimes.push(await startSlack(deps));
  }
  if (config.discord) {
    const { startDiscord } = await import("../adapters/discord/index.js");
    runtimes.push(await startDiscord(deps));
  }

  addHealthRoutes(
    http,
    [
      { name: "content", probe: () => content.passages.length > 0 },
      { name: "store", probe: () => store.ping().then(() => true) },
      ...runtimes.map((r) => ({ name: r.name, probe: () => r.isReady() })),
    ],
    metrics.registry,
  );
  const scheduler = createScheduler({
    store,
    content,
    clock: systemClock,
    posters: runtimes.flatMap((r) => (r.poster ? [r.poster] : [])),
    logger,
    hooks: { onOutcome: (platform, outcome) => metrics.dailyPost(platform, outcome) },
  });
  const port = await http.listen(config.port);
  // Claims are atomic, so any process could run the scheduler; one per shard set is enough.
  if ((config.discord?.shard?.id ?? 0) === 0) scheduler.start(DAILY_TICK_MS);
  logger.info(
    { port, platforms: runtimes.map((r) => r.name), store: store.kind },
    "ct-bot is running",
  );

  stopOnSignals(logger, async () => {
    // Stop taking work first, then let replies and sends in flight finish, then close the store.
    const closing = http.close();
    await Promise.allSettled([scheduler.stop(), ...runtimes.map((r) => r.stop())]);
    await closing;
    await store.close();
  });
}

async function startConsole(config: AppConfig): Promise<void> {
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
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
