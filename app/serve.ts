/**
 * The platform path of `ct-bot start` and `ct-bot serve`: the HTTP server first (/healthz at
 * once), then the store and every configured platform connecting in the background, the daily
 * scheduler once they are up, source pages, content reload on SIGHUP (and file changes with
 * CONTENT_WATCH=1), and a graceful stop on SIGTERM. Loaded only when a platform is
 * configured, so the console never pays for Bolt, discord.js, the store drivers or prom-client.
 */
import { startDiscord } from "../adapters/discord/index.js";
import type { PlatformRuntime } from "../adapters/platform.js";
import { isRefusedToken } from "../adapters/slack/errors.js";
import { type Bot, createBot } from "../src/commands/create-bot.js";
import { liveContent } from "../src/content/live-content.js";
import { createDailyService } from "../src/daily/daily-service.js";
import { systemClock } from "../src/runtime/clock.js";
import { ConfigError, CtBotError } from "../src/runtime/errors.js";
import { createLogger, type Logger } from "../src/runtime/logger.js";
import { createMetrics } from "../src/runtime/metrics.js";
import { openStore } from "../src/store/create-store.js";
import { type AppConfig, secretsOf } from "./config.js";
import { createContentReloader } from "./content-reload.js";
import { addHealthRoutes } from "./http/health-routes.js";
import { createHttpServer } from "./http/http-server.js";
import { addSourcePages } from "./http/source-pages.js";
import { loadConfiguredContent } from "./load-bot.js";
import { guardProcess } from "./process-guard.js";
import { type Connection, connectWithBackoff } from "./startup/connect-with-backoff.js";
import { createDailyRunner } from "./startup/daily-runner.js";
import { createPendingStore } from "./startup/pending-store.js";

/** How long a graceful shutdown may take before the process exits anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Runs the configured platforms; resolves when the HTTP server is up. The HTTP server (/healthz at once) listens before anything outside
 * is reached; the store and each platform then connect in the background, retrying with
 * backoff, and /readyz says 503 with the reason until they are up. A platform refusing its
 * token is fatal: the process logs why and exits 1.
 */
export async function serve(config: AppConfig): Promise<void> {
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  guardProcess(logger);
  const content = loadConfiguredContent(config, logger);
  const metrics = createMetrics();
  const pending = createPendingStore(config.databaseUrl ? "postgres" : "sqlite");
  const store = metrics.timeStore(pending.store);
  // Long-lived parts read the bot's current content, so a reload reaches them too.
  const current = liveContent(() => bot.content);
  const bot: Bot = createBot({
    content,
    logger,
    daily: createDailyService({ store, content: current, clock: systemClock }),
    observe: (event) => {
      metrics.command(event.platform, event.command, event.outcome, event.seconds);
      if (event.emptySearch) metrics.emptySearch(event.platform);
    },
  });
  const http = createHttpServer(logger);
  addSourcePages(http, () => bot.content);
  const reloader = createContentReloader({ config, bot, logger });
  const deps = { config, bot, logger, http, store };
  const stopping = new AbortController();
  const signal = stopping.signal;
  const storeUp = connectWithBackoff({
    name: "store",
    attempt: () => openStore(config),
    logger,
    signal,
  });
  const platforms: Array<{ name: string; connection: Connection<PlatformRuntime> }> = [];
  const connect = (
    name: string,
    attempt: () => Promise<PlatformRuntime>,
    isFatal: (e: unknown) => boolean,
  ) =>
    platforms.push({
      name,
      connection: connectWithBackoff({ name, attempt, isFatal, logger, signal }),
    });
  // A shard process (ct-bot discord shards) runs one slice of the Discord gateway only.
  if (config.slack && config.discord?.shard)
    logger.warn("Slack runs outside Discord shard processes; start it separately");
  if (config.slack && !config.discord?.shard)
    // Bolt takes about a second to load: it loads while /healthz already answers.
    connect(
      "slack",
      () => import("../adapters/slack/index.js").then((s) => s.startSlack(deps)),
      isRefusedToken,
    );
  if (config.discord) connect("discord", () => startDiscord(deps), isDiscordFatal);
  const runtimes = new Map<string, PlatformRuntime>();
  addHealthRoutes(
    http,
    [
      { name: "content", probe: () => bot.content.passages.length > 0 },
      {
        name: "store",
        // A write, not a read: a full disk or read-only database must take the process out.
        probe: () =>
          pending.current !== undefined && store.checkWritable(new Date()).then(() => true),
        reason: () => (storeUp.state().up ? "the store does not answer" : storeUp.state().reason),
      },
      ...platforms.map(({ name, connection }) => ({
        name,
        probe: () => runtimes.get(name)?.isReady() === true,
        reason: () => (connection.state().up ? "disconnected" : connection.state().reason),
      })),
    ],
    metrics.registry,
    () => ({ content: reloader.stale ? "stale" : "current" }),
  );
  const daily = createDailyRunner({
    store,
    content: current,
    logger,
    metrics,
    shard: config.discord?.shard,
  });
  const port = await http.listen(config.port);
  const names = platforms.map((p) => p.name);
  logger.info({ port, platforms: names, store: pending.store.kind }, "ct-bot is listening");
  // "running" once the store and every platform are connected (the line scripts wait for).
  void Promise.all([storeUp.done, ...platforms.map((p) => p.connection.done)]).then(
    () => logger.info({ port, platforms: names, store: pending.store.kind }, "ct-bot is running"),
    () => undefined,
  );

  const fatal = (error: unknown) => {
    logger.fatal({ err: error }, "start-up failed");
    process.stderr.write(`ct-bot: ${error instanceof Error ? error.message : String(error)}\n`);
    void shutDown().finally(() => process.exit(1));
  };
  storeUp.done.then(
    (opened) => {
      pending.attach(opened);
      daily.update(true, [...runtimes.values()]);
    },
    fatalUnlessAborted(signal, fatal),
  );
  for (const { name, connection } of platforms) {
    connection.done.then(
      (runtime) => {
        runtimes.set(name, runtime);
        daily.update(pending.current !== undefined, [...runtimes.values()]);
      },
      fatalUnlessAborted(signal, fatal),
    );
  }

  const shutDown = async () => {
    // Stop taking work first, then let replies and sends in flight finish, then close the store.
    stopping.abort();
    reloader.stop();
    const closing = http.close();
    await Promise.allSettled([daily.stop(), ...[...runtimes.values()].map((r) => r.stop())]);
    await closing;
    await pending.current?.close();
  };
  stopOnSignals(logger, shutDown);
}

/** Discord start-up errors no retry fixes: a missing setting, a refused token. */
function isDiscordFatal(error: unknown): boolean {
  return (
    error instanceof ConfigError ||
    (error instanceof CtBotError && error.code === "discord_token_refused")
  );
}

function fatalUnlessAborted(signal: AbortSignal, fatal: (error: unknown) => void) {
  return (error: unknown) => {
    if (!signal.aborted) fatal(error);
  };
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
